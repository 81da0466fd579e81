package dev.wsladvisor.rules;
import dev.wsladvisor.facts.*;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
class SmokeTest {
  @Test void smoke() {
    long t=System.nanoTime();
    RuleBase rb = RuleBase.builtIn();
    System.out.println("compile ms " + (System.nanoTime()-t)/1e6 + " rules " + rb.rules().size());
    for (String json : new String[]{"{}", "{\"host\":{\"os\":{\"build\":17000},\"software\":{\"virtualBox\":{\"version\":\"6.0.2\"}}},\"answers\":{\"docker\":true}}"}) {
      FactsDocument d = new FactsReader(false).parse(json.getBytes(StandardCharsets.UTF_8), "t");
      try (RuleSession s = rb.newSession()) { s.insertAll(d.ruleFacts()); s.fireAllRules();
        s.outputs(Reason.class).forEach(r -> System.out.println("R " + r.getRule() + r.getFacts()));
        s.outputs(Blocker.class).forEach(r -> System.out.println("B " + r.getId() + r.getFacts()));
        s.outputs(Warning.class).forEach(r -> System.out.println("W " + r.getId() + r.getMessage()));
      }
    }
  }
}
