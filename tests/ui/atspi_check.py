#!/usr/bin/python3
"""The program as a screen reader hears it: through AT-SPI, the Linux accessibility bus.

Run by tests/ui/atspi_session.sh (an X server, a session bus and the accessibility bus), with
the program and a language: atspi_check.py PROGRAM LANGUAGE. The program is started on each tab
with empty settings, and worked with the keyboard as a blind user does (keys sent through
AT-SPI's device controller, the way Orca's own tests send them). What is checked is what Orca
speaks from:
  - Tab into a search field the first time tells its focus before its caret (Orca took the
    field as focused already, and said nothing);
  - no focus event from an object without the keyboard focus, while typing in a search field
    and arrowing on the time axis and the map (Orca spoke a list row at every letter typed);
  - what the arrows choose on the axis and the map is heard: a focus event from the widget's
    item, named by the choice, while the keyboard focus stays on the widget (Orca 43 cannot speak
    a name change from Qt 6.4, which sends the object for the new name);
  - a combo box's value is heard when it takes the focus and when Down and Up change it, by a
    focus event from its list's item of that value; the keyboard focus stays on the box;
  - the timeline's count is the search field's description while typing;
  - each side list of the missions tab has one item an entry, the entries of the table;
  - the overview's lists say their current item when they take the focus;
  - the mission card's text reaches it without frame markers, and is in its name (Orca says a
    label's name on focus, not its text); its links are items, named, and Tab to one is heard
    as it; Enter on it
    opens the timeline at its event, whose card's links are items, named;
  - the article's reference markers are links named by their source; the article is heard
    whole on focus;
  - every focusable control on every tab has a name; every combo box a label (on Linux Qt
    names a combo box by its current value; Orca reads the label it is labelled by);
  - no layered pane around the pages (Orca says one as a context on entering it).
Exits 1 with the list of what failed; nothing is written outside a temporary folder.
"""
import collections
import os
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

PROGRAM, LANGUAGE = sys.argv[1], sys.argv[2]
TABS = ("overview", "missions", "timeline", "trade")
KEYS = {"Tab": 0xFF09, "Return": 0xFF0D, "Right": 0xFF53, "Left": 0xFF51, "Home": 0xFF50, "End": 0xFF57,
        "BackSpace": 0xFF08, "Down": 0xFF54, "Up": 0xFF52}
FOCUS_KINDS = ("focus:", "object:state-changed:focused", "object:property-change:accessible-name",
               "object:property-change:accessible-description")
failures = []


def fail(message):
    failures.append(f"[{LANGUAGE}] {message}")


class Program:
    """The program started on a tab with its own empty settings, found on the bus."""

    def __init__(self, tab):
        self.config = tempfile.TemporaryDirectory()
        env = dict(os.environ, XDG_CONFIG_HOME=self.config.name, QT_QPA_PLATFORM="xcb",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        self.process = subprocess.Popen([PROGRAM, "--lang", LANGUAGE, "--tab", tab], env=env)
        self.app = None
        deadline = time.time() + 60
        while time.time() < deadline and self.app is None:
            for app in pyatspi.Registry.getDesktop(0):
                try:
                    if app is not None and app.get_process_id() == self.process.pid and app.childCount > 0:
                        self.app = app
                except Exception:
                    pass
            time.sleep(0.2)
        if self.app is None:
            raise SystemExit(f"[{LANGUAGE}] the program did not appear on the accessibility bus")
        # The window made the active one, as a window manager does with a window just opened
        # (this X server has none): a click on the status bar's empty left end, which does
        # nothing else. Qt gives the keyboard focus to a widget of an active window only.
        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.process.pid)],
                                check=True, timeout=60, capture_output=True, text=True).stdout.split()[0]
        geometry = dict(line.split("=") for line in subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", window], check=True, capture_output=True,
            text=True).stdout.split())
        subprocess.run(["xdotool", "mousemove", str(int(geometry["X"]) + 3),
                        str(int(geometry["Y"]) + int(geometry["HEIGHT"]) - 3), "click", "1"], check=True)
        settle(1.5)  # the window shown, the tab's page laid out

    def close(self):
        self.process.terminate()
        self.process.wait(30)
        self.config.cleanup()


def settle(seconds):
    """Lets the bus deliver what is pending for a while."""
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def states(node):
    return node.getState()


def showing_nodes(node, depth=0):
    """Every showing object under node (a table's rows are not walked past its first 40)."""
    try:
        if not states(node).contains(pyatspi.STATE_SHOWING):
            return
    except Exception:
        return
    yield node
    if depth > 30:
        return
    for index in range(min(node.childCount, 200)):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from showing_nodes(child, depth + 1)


def find(app, predicate, what):
    for node in showing_nodes(app):
        if predicate(node):
            return node
    raise LookupError(f"not found: {what}")


def focusable(node):
    return states(node).contains(pyatspi.STATE_FOCUSABLE)


def describe(node):
    try:
        return f"{node.getRoleName()} '{node.name}'"
    except Exception:
        return "(gone)"


# What a reader was told, as it was told: the source can be gone when this is read (an item
# chosen before is).
Heard = collections.namedtuple("Heard", "kind source detail text parent role")


def parent_and_role(node):
    try:
        return node.parent, node.getRoleName()
    except GLib.GError:
        return None, ""


def heard_during(actions, kinds=FOCUS_KINDS, before=None):
    """Does actions (one every 0.4 s) and returns the events heard meanwhile: (type, source,
    detail1, the source's name or description then). before() runs first; what it makes heard
    is left out."""
    heard = []

    def listener(event):
        source = event.source
        text = source.description if "description" in event.type else source.name
        heard.append(Heard(event.type, source, event.detail1, text, *parent_and_role(source)))

    pyatspi.Registry.registerEventListener(listener, *kinds)
    if before:
        before(heard)
        heard.clear()
    for action in actions:
        action()
        settle(0.4)
    settle(1.0)
    pyatspi.Registry.deregisterEventListener(listener, *kinds)
    return heard


def heard_while(target, actions):
    """Gives target the keyboard focus, does actions, and returns the events heard meanwhile."""
    def focus(heard):
        target.queryComponent().grabFocus()
        settle(1.0)
        target.clear_cache()  # the states as they are now (the field can have had the focus already)
        if not any(kind == "focus:" and source == target for kind, source, *_ in heard) \
                and not states(target).contains(pyatspi.STATE_FOCUSED):
            fail(f"{describe(target)} did not take the keyboard focus")
    return heard_during(actions, before=focus)


def tabbed_to(node, heard):
    """Presses Tab until node has the keyboard focus, as a user goes there (Qt gives a combo box
    and a list no action that takes the focus); returns what was heard on the last press."""
    for _ in range(40):
        node.clear_cache()
        if states(node).contains(pyatspi.STATE_FOCUSED):
            break
        heard.clear()
        pressed("Tab")()
        settle(1.0)  # long enough for a loaded machine: a second press would pass the node by
    else:
        fail(f"Tab does not reach {describe(node)}")
    settle(1.0)
    return list(heard)


def focused_items(heard):
    """The names of the items a reader was told are focused, in order."""
    return [told.text for told in heard if told.kind == "focus:" and told.role == "list item"]


def typed(text):
    return lambda: pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)


def pressed(key):
    return lambda: pyatspi.Registry.generateKeyboardEvent(KEYS[key], None, pyatspi.KEY_SYM)


def stray_focus(heard, target):
    """Focus events from anything but target and its items: what made Orca speak a row nobody
    focused."""
    return [f"{told.role} '{told.text}'" for told in heard
            if (told.kind == "focus:" or (told.kind.startswith("object:state-changed:focused") and told.detail == 1))
            and told.source != target and told.parent != target]


def check_search_field(program, tab):
    """Tab into the search field, then typing there: it is heard, focus stays there, and the
    timeline's count is its description."""
    field = find(program.app, lambda n: n.getRoleName() == "text" and focusable(n), f"{tab}'s search field")
    # The field's first focus, from the tabs' bar by Tab (pressed again if a press was lost while
    # the window was still settling): what the press that brings the focus there makes heard.
    heard = []
    heard_during([], FOCUS_KINDS + ("object:text-caret-moved",), before=lambda h: heard.extend(tabbed_to(field, h)))
    told = ["focus" if kind == "focus:" else "caret" for kind, source, *_ in heard
            if source == field and (kind == "focus:" or kind.startswith("object:text-caret-moved"))]
    if not told or told[0] != "focus":
        fail(f"{tab}: Tab into the search field is not heard: the field tells {told or 'nothing'}, "
             f"not its focus first")
    word = "aliyev" if tab == "timeline" else "baku"
    heard = heard_while(field, [typed(word), pressed("BackSpace")])
    word = word[:-1]
    if not field.name:
        fail(f"{tab}: the search field has no name")
    for stray in stray_focus(heard, field):
        fail(f"{tab}: focus event from {stray} while typing in the search field")
    clear = [c for c in (field.getChildAtIndex(i) for i in range(field.childCount))
             if c is not None and states(c).contains(pyatspi.STATE_SHOWING)]
    for button in clear:
        if not button.name:
            fail(f"{tab}: the search field's clear button has no name")
    if tab == "timeline":
        descriptions = [text for kind, source, _, text, *_ in heard
                        if kind.startswith("object:property-change:accessible-description") and source == field]
        count = find(program.app, lambda n: n.getRoleName() == "label" and n.name == field.description,
                     "a label showing the count the search field describes")
        if not descriptions or not any(ch.isdigit() for ch in count.name):
            fail(f"timeline: the count is not heard while typing (descriptions heard: {descriptions})")
        # Said with the list's name when Tab goes on to the list.
        table = find(program.app, lambda n: n.getRoleName() == "table" and focusable(n), "the timeline's list")
        if not table.name.endswith(": " + count.name):
            fail(f"timeline: the list's name '{table.name}' does not give the count '{count.name}'")
        # A space after the word changes no count: nothing is said again.
        again = heard_while(field, [typed(" ")])
        if any(kind.startswith("object:property-change:accessible-description") and source == field
               for kind, source, *_ in again):
            fail(f"timeline: the count '{field.description}' is said again when it stays as it was")
        word += " "
    # Rubbed out: the checks that follow see the tab whole.
    heard_while(field, [pressed("BackSpace")] * len(word))
    if tab == "timeline":
        # A row an event: the reader's "table with N rows" is the count shown (all of them now).
        table = find(program.app, lambda n: n.getRoleName() == "table" and focusable(n), "the timeline's list")
        count = find(program.app, lambda n: n.getRoleName() == "label" and n.name == field.description, "the count")
        shown = {int(word) for word in count.name.split() if word.isdigit()}
        if shown != {table.queryTable().nRows}:
            fail(f"timeline: the list has {table.queryTable().nRows} rows for '{count.name}'")


def check_arrows(program, tab):
    """Right, Left, End and Home on the axis or the map: focus stays, each choice is heard."""
    def drawn_by_hand(node):  # a focusable filler whose only child, if any, is its chosen item
        return node.getRoleName() == "filler" and focusable(node) and node.name.strip() and node.childCount <= 1 \
            and all(node.getChildAtIndex(i).getRoleName() == "list item" for i in range(node.childCount))
    widget = find(program.app, drawn_by_hand, f"{tab}'s axis or map")
    title = widget.name.split(":")[0]
    heard = heard_while(widget, [pressed(k) for k in ("Right", "Right", "Left", "End", "Home")])
    for stray in stray_focus(heard, widget):
        fail(f"{tab}: focus event from {stray} while arrowing on '{title}'")
    chosen = [told.text for told in heard if told.kind == "focus:" and told.parent == widget]
    widget.clear_cache()
    if len(set(chosen)) < 2 or chosen[-1] != widget.name[len(title) + 2:] \
            or not states(widget).contains(pyatspi.STATE_FOCUSED):
        fail(f"{tab}: arrowing on '{title}' is not heard as the item chosen, focus kept (items heard: "
             f"{chosen}, the widget now '{widget.name}')")


def check_choices(program, tab):
    """Each combo box is heard with its value on focus, and Down and Up are heard as the values
    they choose; the keyboard focus stays on the box."""
    boxes = [n for n in showing_nodes(program.app) if n.getRoleName() == "combo box" and focusable(n)]
    if not boxes:
        raise LookupError("no combo box")
    box = boxes[0]
    shown = box.name  # Qt names a combo box by its value; Orca reads the label
    focused = []
    heard = heard_during([pressed("Down"), pressed("Up")], before=lambda h: focused.extend(tabbed_to(box, h)))
    box.clear_cache()
    values = focused_items(heard)
    if focused_items(focused)[-1:] != [shown]:
        fail(f"{tab}: the combo box '{shown}' is not heard with its value on focus (items heard: "
             f"{focused_items(focused)})")
    if len(values) != 2 or values[0] == shown or values[1] != shown or box.name != shown \
            or not states(box).contains(pyatspi.STATE_FOCUSED):
        fail(f"{tab}: Down and Up on the combo box '{shown}' are not heard as the values chosen, focus "
             f"kept (items heard: {values}, the box now '{box.name}')")


def check_lists_say_their_item(program, tab):
    """A list that takes the focus says its current item (Orca said the list and how many items
    it has, and nothing of the one the keys are on)."""
    lists = [n for n in showing_nodes(program.app) if n.getRoleName() == "list" and focusable(n)]
    if not lists:
        raise LookupError("no list")
    for node in lists:
        heard = []
        heard_during([], before=lambda h, node=node: heard.extend(tabbed_to(node, h)))
        # The item last: a reader speaks what is focused last (an item told before its list was not heard).
        told = [told for told in heard if told.kind == "focus:"]
        if not told or told[-1].parent != node or not told[-1].text.strip():
            fail(f"{tab}: the list '{node.name}' says no item when it takes the focus (focus heard: "
                 f"{[f'{t.role} {t.text!r}' for t in told]})")


def check_side_lists(program, tab):
    """Each side list's items are its entries: together, the table's missions, each once."""
    table = find(program.app, lambda n: n.getRoleName() == "table" and focusable(n), "the missions table")
    lists = [n for n in showing_nodes(program.app) if n.getRoleName() == "list" and focusable(n)]
    if len(lists) != 2:
        fail(f"missions: {len(lists)} side lists found, not 2")
    items = []
    for side in lists:
        items += [side.getChildAtIndex(i).name for i in range(side.childCount)]
    face = table.queryTable()
    expected = [f"{face.getAccessibleAt(row, 0).name} — {face.getAccessibleAt(row, 2).name}"
                for row in range(face.nRows)]
    if sorted(items) != sorted(expected):
        fail(f"missions: the side lists' items {items} are not the table's missions {expected}")


def check_card_links(program, tab):
    """The card's links are items a screen reader lists, named; Tab into a link is heard as it."""
    links = [n for n in showing_nodes(program.app) if n.getRoleName() == "link"]
    if not links:
        raise LookupError("no link in the card")
    for link in links:
        if not link.name.strip():
            fail(f"{tab}: a link of the card has no name")
    card = links[0].parent.parent
    text = card.queryText().getText(0, -1)
    if "\ufdd0" in text or "\ufdd1" in text:
        fail(f"{tab}: the card's text carries frame markers (U+FDD0, U+FDD1) to the screen reader")
    check_heard_whole(card, tab)
    heard = heard_while(card, [pressed("Tab")])
    focused = [source for kind, source, *_ in heard if kind == "focus:"]
    if not focused or focused[-1].getRoleName() != "link" or focused[-1].name not in [n.name for n in links]:
        fail(f"{tab}: Tab into the card's first link is not heard as that link (focus heard: "
             f"{[describe(s) for s in focused]})")
        return
    # Enter follows it: the timeline, on that event, whose card links back to the mission.
    followed = focused[-1].name
    after = [source for kind, source, *_ in heard_while(focused[-1], [pressed("Return")]) if kind == "focus:"]
    if not after or after[-1].getRoleName() != "table cell":
        fail(f"{tab}: after Enter on the link '{followed}' the focus is heard on "
             f"{describe(after[-1]) if after else 'nothing'}, not on the event's row")
    event_links = [n for n in showing_nodes(program.app) if n.getRoleName() == "link"]
    if {n.name for n in event_links} & {n.name for n in links}:
        fail(f"{tab}: Enter on the link '{followed}' did not open the timeline")
    elif not event_links or not all(link.name.strip() for link in event_links):
        fail(f"{tab}: the event card opened by the link '{followed}' has no named link "
             f"({[describe(n) for n in event_links]})")


def check_heard_whole(text_node, tab):
    """Orca says a label's name on focus, not its text: the text follows the title there."""
    text = text_node.queryText().getText(0, -1)
    if not text_node.name.endswith(": " + " ".join(text.split())) or not text.strip():
        fail(f"{tab}: '{text_node.name[:40]}' is not heard whole on focus")


def check_reference_links(program, tab):
    """The article's reference markers are links named by the source they cite, not "[3]"; the
    article is heard whole on focus."""
    links = [n for n in showing_nodes(program.app) if n.getRoleName() == "link"]
    if not links:
        raise LookupError("no reference marker in the article")
    check_heard_whole(links[0].parent.parent, tab)
    for link in links:
        if len(link.name.strip("[]0123456789 ")) < 10:
            fail(f"{tab}: the reference marker '{link.name}' does not name its source")


def check_names(program, tab):
    """Every focusable control shown has a name; every combo box is labelled; no layered pane
    (Orca says "layered pane" each time the focus enters one: the tab widget's stack was)."""
    for node in showing_nodes(program.app):
        role = node.getRoleName()
        if role == "layered pane":
            fail(f"{tab}: {describe(node)} in {describe(node.parent)} is heard on entering it")
        if role in ("table cell", "list item", "page tab", "menu item", "table column header"):
            continue
        if focusable(node) and not node.name.strip():
            fail(f"{tab}: a focusable {role} has no name (in {describe(node.parent)}, {describe(node.parent.parent)})")
        if role == "combo box":
            labels = [target.name for relation in node.getRelationSet()
                      if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                      for target in (relation.getTarget(i) for i in range(relation.getNTargets()))]
            if not any(label.strip() for label in labels):
                fail(f"{tab}: the combo box '{node.name}' has no label (heard by its value only)")


def main():
    for tab in TABS:
        program = Program(tab)
        checks = [check_names]
        if tab in ("timeline", "missions"):
            checks += [check_search_field, check_arrows]
        if tab in ("timeline", "trade"):
            checks.append(check_choices)
        if tab == "overview":
            checks += [check_reference_links, check_lists_say_their_item]
        if tab == "missions":
            checks += [check_side_lists, check_card_links]  # the last: its link opens the timeline
        try:
            for check in checks:
                try:
                    check(program, tab)
                except LookupError as error:
                    fail(f"{tab}: {error}")
        finally:
            program.close()
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"[{LANGUAGE}] heard as shown on {len(TABS)} tabs")


main()
