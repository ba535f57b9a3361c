package dev.ismsdecider.server.api;

import dev.ismsdecider.server.ServerApplication;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.server.reload.LiveRuleSet;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server on a random port with the packaged rules, one client for it, and its engine to compare with. */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ServerTest {

    @LocalServerPort
    int port;

    @Autowired
    LiveRuleSet live;

    /** The engine in force when the test starts. */
    DecisionEngine engine;

    ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient(port);
        engine = live.engine();
    }
}
