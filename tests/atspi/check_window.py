#!/usr/bin/python3
"""Reads the real TokenDesk window through AT-SPI, as Orca does, and checks what it would say.

Run by run-atspi.sh inside a private D-Bus session with the AT-SPI bus and an Xvfb display:

    check_window.py --window PATH/tokendesk --language en|zh_CN

Starts the window twice in demo mode and asserts, in the language given:
  * every control on screen (buttons, fields, combo boxes, check boxes, tabs, focusable list and
    tree items...) has an accessible name or a labelled-by relation, in each state visited: the
    form, a credential with sessions, the Policy page, the form opened again, and an error;
  * the request form's fields are announced by their labels;
  * the countdown says the time left;
  * the session list's rows say tenant, store, product and time left;
  * the policy tree's rows say their effect and their action or resource;
  * an error banner is an alert (ROLE_ALERT) and is announced as one when it appears.
Prints the number of unnamed controls found (the figure issue 14 asks for) and exits 1 on any
failure. Nothing here is skipped: a window that never reaches the AT-SPI bus is a failure.
"""

import argparse
import os
import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_TIMEOUT_S = 30  # start-up under Xvfb on a busy 2-core machine
STATE_TIMEOUT_S = 30  # a fetch from the embedded simulator, or the policy page being built

# What a user can reach and act on. Text is a control only when it takes the focus (a read-only
# field the user can select from); cells and items only when they take the focus (the rows).
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
}
FOCUSABLE_CONTROL_ROLES = {
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_TREE_ITEM,
}

# The words each language uses for time left (the session rows and the countdown), as in the
# translations: "59 minutes left" / "剩余 59 分钟".
TIME_LEFT = {
    "en": re.compile(r"\d+ (minute|second)(s|\(s\))? left|\d+:\d\d(:\d\d)? left"),
    "zh_CN": re.compile(r"剩余\s*\d+\s*(分钟|秒)|剩余\s*\d+:\d\d"),
}
# The demo's samples (MainWindow::startDemo) and the stores of TOKENDESK_DEMO_SESSIONS=3.
DEMO_TENANT = "demo-tenant"
DEMO_PRODUCT = "oss"
DEMO_STORES = {"store-0001", "bench-store-1", "bench-store-2"}
# The demo policy (GatewaySimulator): an Allow statement with these actions, a Deny with one.
DEMO_ACTIONS = {"oss:GetObject", "oss:PutObject", "oss:ListObjects", "oss:DeleteObject"}
# The effect as a screen reader says it: in the user's language (the chips show RAM's own words).
EFFECT_WORDS = {"en": ("Allow", "Deny"), "zh_CN": ("允许", "拒绝")}
# The request form: the labels' object names, each the buddy of one field.
FORM_FIELDS = 5  # tenant, store, scene, usage scene, product (each with a clear button)

CELL_ROLES = (pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_TABLE_CELL)
TREE_ROLES = (pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE)
ROLE_NAMES = {pyatspi.ROLE_PAGE_TAB: "tab", pyatspi.ROLE_PUSH_BUTTON: "push button"}

failures = []


def say(line):
    print(line, flush=True)


def fail(message):
    failures.append(message)
    say("FAIL: " + message)


def role_name(acc):
    try:
        return acc.getRoleName()
    except Exception:  # an object that went away while we looked
        return "?"


def path_of(acc):
    """Where an object is, for messages: the named ancestors' names and each role."""
    parts = []
    node = acc
    depth = 0
    while node is not None and depth < 12:
        try:
            if node.getRole() == pyatspi.ROLE_APPLICATION:
                break
            name = node.name
        except Exception:
            break
        try:
            index = node.getIndexInParent()
        except Exception:
            index = -1
        parts.append("%s[%d]%s" % (role_name(node), index, ' "%s"' % name if name else ""))
        node = node.parent
        depth += 1
    return " < ".join(parts)


def showing_tree(root):
    """Every object on screen under root (hidden branches are not descended into)."""
    found = []
    stack = [root]
    while stack:
        acc = stack.pop()
        try:
            states = acc.getState()
            if acc is not root and not states.contains(pyatspi.STATE_SHOWING):
                continue
            found.append(acc)
            count = acc.childCount
        except Exception:
            continue
        for i in reversed(range(count)):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                child = None
            if child is not None:
                stack.append(child)
    return found


def labelled_by(acc):
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                return [relation.getTarget(i) for i in range(relation.getNTargets())]
    except Exception:
        pass
    return []


def is_control(acc):
    role = acc.getRole()
    if role in CONTROL_ROLES:
        return True
    return role in FOCUSABLE_CONTROL_ROLES and acc.getState().contains(pyatspi.STATE_FOCUSABLE)


def unnamed_controls(objects):
    unnamed = []
    for acc in objects:
        try:
            if not is_control(acc):
                continue
            if (acc.name or "").strip() or any((t.name or "").strip() for t in labelled_by(acc)):
                continue
        except Exception:
            continue
        unnamed.append(path_of(acc))
    return unnamed


def find_application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def wait_until(what, predicate, timeout):
    """predicate() again and again (the tree is read anew each time) until it is true."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            fail("timed out after %d s waiting for %s" % (timeout, what))
            return None
        time.sleep(0.5)


def strip_mnemonic(text):
    """A label as spoken: "Te&nant *" -> "Tenant"; "租户(&N) *" (Qt says "租户(N) *") -> "租户"."""
    text = re.sub(r"\s*[(（]&?[A-Za-z0-9][)）]", "", text)
    text = re.sub(r"\s*\*\s*$", "", text)
    return re.sub(r"&(.)", r"\1", text).strip()


class Window:
    """One run of the tokendesk program, and its accessible application once it registers."""

    def __init__(self, binary, language, args, extra_env):
        env = dict(os.environ)
        env.update(extra_env)
        env["TOKENDESK_LANGUAGE"] = language
        env["LANGUAGE"] = language
        env["LANG"] = "zh_CN.UTF-8" if language == "zh_CN" else "C.UTF-8"
        log_dir = env.get("XDG_CACHE_HOME", "/tmp")
        self.log = open(os.path.join(log_dir, "window-%d.log" % id(self)), "w+")
        self.process = subprocess.Popen(
            [binary] + args, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.app = wait_until(
            "the window to register on the AT-SPI bus",
            lambda: self.process.poll() is None and find_application(self.process.pid),
            APP_TIMEOUT_S,
        )
        if self.app is None:
            self.dump_log()

    def frame(self):
        for i in range(self.app.childCount):
            child = self.app.getChildAtIndex(i)
            if child is not None and child.getRole() == pyatspi.ROLE_FRAME:
                return child
        return None

    def objects(self):
        frame = self.frame()
        return showing_tree(frame) if frame is not None else []

    def dump_log(self):
        self.log.seek(0)
        print("  the window's output:\n    " + self.log.read().replace("\n", "\n    "), flush=True)

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def first(objects, predicate):
    for acc in objects:
        try:
            if predicate(acc):
                return acc
        except Exception:
            continue
    return None


def press(objects, role, name_pattern):
    """Does what Orca's user does on a button: its default action (for a tab, selecting it)."""
    target = first(objects, lambda a: a.getRole() == role and re.search(name_pattern, a.name or ""))
    if target is None:
        fail("no %s named like /%s/ on screen" % (ROLE_NAMES.get(role, role), name_pattern))
        return False
    print('pressing %s "%s"' % (role_name(target), target.name), flush=True)
    target.queryAction().doAction(0)
    return True


class Check:
    def __init__(self, language):
        self.language = language
        self.unnamed = {}  # path -> the state it was seen in

    def controls_named(self, state, objects):
        found = unnamed_controls(objects)
        for path in found:
            self.unnamed.setdefault(path, state)
            fail("%s: unnamed control: %s" % (state, path))
        controls = sum(1 for a in objects if safe(is_control, a))
        say("%s: %d objects on screen, %d controls, %d unnamed"
            % (state, len(objects), controls, len(found)))

    def form_fields_labelled(self, objects):
        # Each label with a buddy makes Qt add a labelled-by relation to the buddy: the field.
        # The text inside an editable combo box is what takes the typing, so it must say the
        # label too (by name: Qt gives it no relation of its own).
        combos = of_role(objects, pyatspi.ROLE_COMBO_BOX)
        announced = 0
        for combo in combos:
            labels = [strip_mnemonic(t.name or "") for t in labelled_by(combo)]
            if not labels or not any(labels):
                continue
            label = labels[0]
            for text in of_role(showing_tree(combo), pyatspi.ROLE_TEXT):
                spoken = [strip_mnemonic(t.name or "") for t in labelled_by(text)]
                spoken.append(text.name or "")
                if label not in spoken:
                    fail('form: the field of "%s" is announced as %r, not by its label'
                         % (label, spoken))
            announced += 1
        if announced < FORM_FIELDS + 1:  # the five request fields and the profile
            fail("form: %d combo boxes are labelled by a label, expected at least %d"
                 % (announced, FORM_FIELDS + 1))
        # QLineEdit's clear button is a push button inside the text.
        clear_buttons = of_role(objects, pyatspi.ROLE_PUSH_BUTTON, inside=pyatspi.ROLE_TEXT)
        if len(clear_buttons) < FORM_FIELDS:
            fail("form: %d clear buttons inside the fields, expected %d"
                 % (len(clear_buttons), FORM_FIELDS))
        for button in clear_buttons:
            field = button.parent
            field_label = field.name or ""
            if not field_label or field_label not in (button.name or ""):
                fail('form: the clear button in "%s" is named %r: which field does it clear?'
                     % (field_label, button.name))

    def countdown_says_time_left(self, objects):
        pattern = TIME_LEFT[self.language]
        spoken = countdown_speaking(objects, pattern)
        if spoken is None:
            fail("credential: nothing on screen says the time left (/%s/ in a name or description)"
                 % pattern.pattern)
        else:
            say('credential: the countdown says "%s"' % (spoken.description or spoken.name))

    def sessions_say_what_they_are(self, objects):
        rows = of_role(objects, pyatspi.ROLE_LIST_ITEM, inside=pyatspi.ROLE_LIST)
        session_rows = [r for r in rows if DEMO_TENANT in (r.name or "")]
        if len(session_rows) < len(DEMO_STORES):
            fail("sessions: %d rows name tenant %s, expected %d: %r"
                 % (len(session_rows), DEMO_TENANT, len(DEMO_STORES), [r.name for r in rows]))
        stores = set()
        for row in session_rows:
            name = row.name
            # "store-0001" must not be found in "bench-store-0001": whole words only.
            store = next((s for s in DEMO_STORES
                          if re.search(r"(^|[\s,，])%s([\s,，]|$)" % re.escape(s), name)), None)
            stores.add(store)
            if (store is None or DEMO_PRODUCT not in name
                    or not TIME_LEFT[self.language].search(name)):
                fail("sessions: the row %r does not say tenant, store, product and time left"
                     % name)
        if session_rows:
            say('sessions: a row says "%s"' % session_rows[0].name)
        if stores != DEMO_STORES:
            fail("sessions: the rows name the stores %r, expected %r" % (stores, DEMO_STORES))

    def policy_rows_say_effect_and_action(self, objects):
        items = of_role(objects, CELL_ROLES, inside=TREE_ROLES)
        names = [a.name or "" for a in items]
        effects = EFFECT_WORDS[self.language]
        heard = set()
        for name in names:
            for action in DEMO_ACTIONS:
                if action in name:
                    heard.add(action)
                    if not any(effect in name for effect in effects):
                        fail("policy: the row %r says its action but not its effect" % name)
        if heard != DEMO_ACTIONS:
            fail("policy: rows for the actions %r, expected %r (rows: %r)"
                 % (heard, DEMO_ACTIONS, names))
        statements = [n for n in names if any(e in n for e in effects)]
        if not statements:
            fail("policy: no row says an effect (rows: %r)" % names)
        elif names:
            actions = [n for n in names if any(a in n for a in DEMO_ACTIONS)]
            say('policy: rows say "%s"' % '", "'.join(actions))

    def summary(self):
        say("unnamed controls (%s): %d distinct objects in all states visited"
            % (self.language, len(self.unnamed)))


def dump(objects):
    """The objects on screen, one a line, for a failure's diagnosis."""
    for acc in objects:
        description = safe(lambda o: o.description, acc)
        say("    %s: %r %r" % (path_of(acc), description, safe(lambda o: o.name, acc)))


def of_role(objects, roles, inside=None):
    """The objects with one of `roles` (a role or a tuple), whose parent has `inside` if given."""
    roles = roles if isinstance(roles, tuple) else (roles,)
    inside = inside if inside is None or isinstance(inside, tuple) else (inside,)
    return [a for a in objects
            if safe(lambda o: o.getRole() in roles
                    and (inside is None or o.parent.getRole() in inside), a)]


def safe(predicate, acc):
    try:
        return predicate(acc)
    except Exception:
        return False


def count(objects, roles, name_contains=""):
    """How many objects of `roles` (a role or a tuple) have a name containing the text."""
    return sum(1 for a in of_role(objects, roles)
               if name_contains in (safe(lambda o: o.name, a) or ""))


def countdown_speaking(objects, pattern):
    """The countdown's object that says the time left (matching `pattern`), or None. The
    countdown, not the session rows, which say their time left too."""
    candidates = of_role(objects, (pyatspi.ROLE_LABEL, pyatspi.ROLE_PROGRESS_BAR))
    return first(candidates,
                 lambda a: pattern.search(a.description or "") or pattern.search(a.name or ""))


def wait_for_screen(window, what, enough):
    """The objects on screen once enough(objects) holds, read anew every half second."""
    def ready():
        objects = window.objects()
        return objects if enough(objects) else None

    return wait_until(what, ready, STATE_TIMEOUT_S)


def credential_states(binary, check):
    # Three sessions, so the list has rows that differ; the form folds once the first arrives.
    window = Window(binary, check.language, ["--demo", "--fetch"], {"TOKENDESK_DEMO_SESSIONS": "3"})
    try:
        if window.app is None:
            return
        # The form, as the demo fills it, is there before the first answer; read the settled
        # credential state first, then open the form again (Edit request) to read the form.
        # Settled: the third session's row is there and the panel's countdown speaks for it.
        objects = wait_for_screen(
            window, "three sessions in the list and the countdown running",
            lambda objs: count(objs, pyatspi.ROLE_LIST_ITEM, DEMO_TENANT) >= 3
            and countdown_speaking(objs, TIME_LEFT[check.language]) is not None)
        if objects is None:
            window.dump_log()
            return
        check.controls_named("credential", objects)
        check.countdown_says_time_left(objects)
        check.sessions_say_what_they_are(objects)

        effect = EFFECT_WORDS[check.language][0]
        if press(objects, pyatspi.ROLE_PAGE_TAB, r"^Pol|策略"):
            objects = wait_for_screen(window, "the Policy page's tree",
                                      lambda objs: count(objs, CELL_ROLES, effect) > 0)
            if objects is not None:
                check.controls_named("policy", objects)
                check.policy_rows_say_effect_and_action(objects)

        if press(window.objects(), pyatspi.ROLE_PUSH_BUTTON, r"^(Edit the request|编辑请求)$"):
            objects = wait_for_screen(
                window, "the request form to open again",
                lambda objs: count(objs, pyatspi.ROLE_COMBO_BOX) >= FORM_FIELDS + 1)
            if objects is not None:
                check.controls_named("form", objects)
                check.form_fields_labelled(objects)
    finally:
        window.close()


def error_state(binary, check):
    # The simulator refuses the request (resp_success false): the window shows the error banner
    # at once, with no retries. A listener registered before the window starts hears the banner
    # become showing, which is how Orca learns of an alert.
    heard = []

    def on_event(event):
        try:
            if event.detail1 == 1 and event.source.getRole() == pyatspi.ROLE_ALERT:
                heard.append(event.source.description or event.source.name or "")
        except Exception:
            pass

    pyatspi.Registry.registerEventListener(on_event, "object:state-changed:showing")
    window = Window(binary, check.language, ["--demo", "--fetch"],
                    {"TOKENDESK_DEMO_SCENARIO": "business-refusal"})
    try:
        if window.app is None:
            return
        alert = wait_until(
            "an alert on screen",
            lambda: first(window.objects(), lambda a: a.getRole() == pyatspi.ROLE_ALERT),
            STATE_TIMEOUT_S,
        )
        # Events arrive through the GLib main loop: let it run until one came, or 10 s passed.
        loop = GLib.MainLoop()
        deadline = time.monotonic() + 10

        def poll():
            if heard or time.monotonic() > deadline:
                loop.quit()
                return False
            return True

        GLib.timeout_add(100, poll)
        loop.run()
        check.controls_named("error", window.objects())
        if alert is None:
            dump(window.objects())
            window.dump_log()
            return
        message = alert.description or ""
        say('error: the alert says "%s": "%s"' % (alert.name, message))
        if not message.strip():
            fail("error: the alert has no description: a screen reader would not read the error")
        if not heard:
            fail("error: no object:state-changed:showing event came from an alert:"
                 " Orca would not announce it")
    finally:
        pyatspi.Registry.deregisterEventListener(on_event, "object:state-changed:showing")
        window.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", required=True)
    parser.add_argument("--language", required=True, choices=sorted(TIME_LEFT))
    args = parser.parse_args()

    check = Check(args.language)
    credential_states(args.window, check)
    error_state(args.window, check)
    check.summary()
    if failures:
        say("%d check(s) failed (%s)" % (len(failures), args.language))
        return 1
    say("every check passed (%s)" % args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
