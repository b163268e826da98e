package dk.pulje.spring.documents;

/** The store holds no document of the id asked for (or the id is not one the store gives). */
public class UnknownDocument extends RuntimeException {

    public UnknownDocument(String message) {
        super(message);
    }
}
