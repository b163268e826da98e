package dk.pulje.command.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadSeedPools load the seed pools at start (the demo profile does); on one node only
 */
@ConfigurationProperties("pulje.demo")
record DemoSettings(@DefaultValue("false") boolean loadSeedPools) {}
