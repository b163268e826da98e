// Live figures: the server sends the changed regions of the page (server-sent events); each region whose id is on
// this page is replaced, keyboard focus is kept, and the status line says when the figures were read.
(function () {
    'use strict';
    var url = document.body.getAttribute('data-live');
    var status = document.getElementById('live-status');
    if (!url || !status || !window.EventSource) {
        return;
    }
    var received = {};
    var updates = 0;
    var source = new EventSource(url);

    function replace(id, html) {
        var region = document.getElementById(id);
        if (!region || received[id] === html) {
            return;
        }
        received[id] = html;
        var focused = document.activeElement;
        var focusedId = focused && focused.id && region.contains(focused) ? focused.id : null;
        region.innerHTML = html;
        if (focusedId && document.getElementById(focusedId)) {
            document.getElementById(focusedId).focus();
        }
    }

    source.addEventListener('figures', function (event) {
        var figures = JSON.parse(event.data);
        Object.keys(figures.regions).forEach(function (id) {
            replace(id, figures.regions[id]);
        });
        status.textContent = figures.status;
        status.classList.remove('stopped');
        updates += 1;
        document.body.setAttribute('data-live-updates', String(updates));
    });

    source.addEventListener('error', function () {
        if (source.readyState === EventSource.CLOSED) {
            status.textContent = status.getAttribute('data-stopped');
            status.classList.add('stopped');
        }
    });
}());
