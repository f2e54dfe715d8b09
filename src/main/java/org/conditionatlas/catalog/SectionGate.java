package org.conditionatlas.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.conditionatlas.access.Reader;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/** Why a locked section is refused: 401 with sign-up and log-in, or 403 with the upgrade. */
final class SectionGate {

    private SectionGate() {}

    static ProblemException refusal(Reader reader, ConditionView view, ConditionView.SectionView section) {
        Map<String, String> links = new LinkedHashMap<>();
        if (section.unlock().signUp() != null) {
            links.put("signUp", section.unlock().signUp());
            links.put("logIn", section.unlock().logIn());
        }
        if (section.unlock().upgrade() != null) {
            links.put("upgrade", section.unlock().upgrade());
        }
        ProblemException problem = reader.isSignedIn()
                ? new ProblemException(
                        ProblemType.INSUFFICIENT_TIER,
                        "The section '"
                                + section.aspect()
                                + "' of "
                                + view.code()
                                + " needs the "
                                + section.requiredTier().id()
                                + " tier.")
                : new ProblemException(
                                ProblemType.AUTHENTICATION_REQUIRED,
                                section.unlock().message() + ".")
                        .withHeader("WWW-Authenticate", "Bearer");
        problem.with("requiredTier", section.requiredTier());
        links.forEach(problem::with);
        return problem;
    }
}
