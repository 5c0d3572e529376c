package jp.omakase.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;

import jp.omakase.profile.ProfileAttributes;

/** The sign-up's state rules: a step is reachable only after every earlier one; reopening keeps values. */
class SignupNotesTest {

    /** An authentication session that only keeps notes, as the steps use it. */
    static AuthenticationSessionModel session(Map<String, String> notes) {
        return (AuthenticationSessionModel) Proxy.newProxyInstance(SignupNotesTest.class.getClassLoader(),
                new Class<?>[]{AuthenticationSessionModel.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAuthNote" -> notes.get((String) args[0]);
                    case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                    case "removeAuthNote" -> notes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void onlyTheFirstStepIsReachableAtTheStart() {
        AuthenticationSessionModel s = session(new HashMap<>());
        assertTrue(SignupNotes.reachable(s, SignupStep.EMAIL));
        for (SignupStep step : List.of(SignupStep.TERMS, SignupStep.COMPANY, SignupStep.PROFILE, SignupStep.CONFIRM, SignupStep.COMPLETE)) {
            assertFalse(SignupNotes.reachable(s, step), step.name());
        }
    }

    @Test
    void aStepIsReachableWhenEveryEarlierOneIsDoneNotJustThePreviousOne() {
        AuthenticationSessionModel s = session(new HashMap<>());
        SignupNotes.markDone(s, SignupStep.EMAIL);
        SignupNotes.markDone(s, SignupStep.COMPANY);
        assertTrue(SignupNotes.reachable(s, SignupStep.TERMS));
        assertFalse(SignupNotes.reachable(s, SignupStep.PROFILE), "terms were skipped");
        SignupNotes.markDone(s, SignupStep.TERMS);
        assertTrue(SignupNotes.reachable(s, SignupStep.PROFILE));
    }

    @Test
    void reopeningAStepUndoesItAndTheLaterOnesButKeepsTheirValues() {
        Map<String, String> notes = new HashMap<>();
        AuthenticationSessionModel s = session(notes);
        for (SignupStep step : SignupStep.values()) {
            SignupNotes.markDone(s, step);
        }
        s.setAuthNote(SignupNotes.PROFILE + ProfileAttributes.PHONE, "03-1234-5678");
        SignupNotes.reopen(s, SignupStep.PROFILE);
        assertTrue(SignupNotes.isDone(s, SignupStep.COMPANY));
        assertFalse(SignupNotes.isDone(s, SignupStep.PROFILE));
        assertFalse(SignupNotes.isDone(s, SignupStep.CONFIRM));
        assertTrue(SignupNotes.reachable(s, SignupStep.PROFILE));
        assertFalse(SignupNotes.reachable(s, SignupStep.CONFIRM));
        assertEquals("03-1234-5678", SignupNotes.profile(s, ProfileAttributes.PHONE));
    }

    @Test
    void clearingForgetsEverything() {
        Map<String, String> notes = new HashMap<>();
        AuthenticationSessionModel s = session(notes);
        s.setAuthNote(SignupNotes.EMAIL, "taro@example.jp");
        s.setAuthNote(SignupNotes.PASSWORD_DATA, "{}");
        s.setAuthNote(SignupNotes.PROFILE + ProfileAttributes.LAST_NAME, "山田");
        SignupNotes.markDone(s, SignupStep.EMAIL);
        s.setAuthNote("someone.else", "kept");
        SignupNotes.clear(s);
        assertNull(s.getAuthNote(SignupNotes.EMAIL));
        assertNull(s.getAuthNote(SignupNotes.PASSWORD_DATA));
        assertNull(SignupNotes.profile(s, ProfileAttributes.LAST_NAME));
        assertFalse(SignupNotes.isDone(s, SignupStep.EMAIL));
        assertEquals(Map.of("someone.else", "kept"), notes, "notes of others stay");
    }

    /** A note constant added without declaring it as a value note would survive a restart: every public one is cleared. */
    @Test
    void clearingForgetsEveryDeclaredNote() throws IllegalAccessException {
        Map<String, String> notes = new HashMap<>();
        AuthenticationSessionModel s = session(notes);
        int declared = 0;
        for (Field f : SignupNotes.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String note = (String) f.get(null);
                s.setAuthNote(note.equals(SignupNotes.PROFILE) ? note + ProfileAttributes.PHONE : note, "x");
                declared++;
            }
        }
        for (SignupStep step : SignupStep.values()) {
            SignupNotes.markDone(s, step);
        }
        assertTrue(declared > 10, "found the note constants");
        SignupNotes.clear(s);
        assertEquals(Map.of(), notes);
    }

    @Test
    void progressBarMarksDoneCurrentAndLaterSteps() {
        List<SignupPage.Step> steps = new SignupPage(SignupStep.COMPANY).getSteps();
        assertEquals(List.of("01", "02", "03", "04", "05", "06"), steps.stream().map(SignupPage.Step::getNumber).toList());
        assertEquals(List.of("done", "done", "current", "todo", "todo", "todo"), steps.stream().map(SignupPage.Step::getState).toList());
        assertEquals("omakaseSignupStepCompany", steps.get(2).getLabelKey());
    }
}
