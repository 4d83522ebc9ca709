package presenter

import (
	"strings"
	"testing"

	"faultline/internal/lecture"
)

// TestWidgetHelp checks that while the scenario player has the keys its
// keys are listed under it (esc first), the footer says how to give them
// back and to list them all, ? lists all of them, and closing that help
// leaves the player in use.
func TestWidgetHelp(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 40, 0, "failover")
	m.move(lecture.Nav{Slide: slideWith(t, m, "scenario")})
	press(m, "enter")
	if m.Focused() == nil {
		t.Fatal("enter should give the keys to the scenario player")
	}
	screen := plain(m)
	lines := strings.Split(screen, "\n")
	footer := lines[len(lines)-1]
	for _, want := range []string{"esc back · ? all keys"} {
		if !strings.Contains(footer, want) {
			t.Errorf("footer while the player has the keys lacks %q: %q", want, footer)
		}
	}
	body := strings.Join(lines[:len(lines)-2], "\n")
	for _, want := range []string{"space play/pause", "x crash", "S summary", "e parameters"} {
		if !strings.Contains(body, want) {
			t.Errorf("the player's keys lack %q:\n%s", want, screen)
		}
	}
	if i, j := strings.Index(body, "esc back"), strings.Index(body, "space play"); i < 0 || j < i {
		t.Errorf("esc should come first in the player's keys:\n%s", screen)
	}

	press(m, "?")
	out := plain(m)
	if m.mode != modeHelp {
		t.Fatalf("? while the player has the keys shows nothing:\n%s", out)
	}
	for _, want := range []string{"keys, while it is in use", "Lecture keys", "x ", "heal"} {
		if !strings.Contains(out, want) {
			t.Errorf("help over the player lacks %q:\n%s", want, out)
		}
	}
	side := false
	for _, l := range strings.Split(out, "\n") {
		side = side || strings.Contains(l, "play/pause") && strings.Contains(l, "crash primary")
	}
	if !side {
		t.Errorf("the player's key groups should stand side by side at 100 columns:\n%s", out)
	}
	press(m, "?")
	if m.mode != modeSlides || m.Focused() == nil {
		t.Errorf("closing the help should leave the player in use (mode %d)", m.mode)
	}
}

// TestCapturingWidgetTakesQuestionMark checks that a widget being typed
// in keeps ? and that the footer still names its keys.
func TestCapturingWidgetTakesQuestionMark(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "availability")
	m.move(lecture.Nav{Slide: slideWith(t, m, "nines")})
	press(m, "enter", "?")
	if m.mode != modeSlides || m.Focused() == nil {
		t.Fatalf("? went past the calculator's text field: mode %d", m.mode)
	}
	lines := strings.Split(plain(m), "\n")
	if footer := lines[len(lines)-1]; !strings.Contains(footer, "esc gives the keys back") || strings.Contains(footer, "? all") {
		t.Errorf("footer while the calculator has the keys: %q", footer)
	}
	if !strings.Contains(plain(m), "esc back") {
		t.Errorf("the calculator's keys are not listed:\n%s", plain(m))
	}
}

// TestWidgetHelpOnASmallScreen checks that at 80×24 the help over a
// scenario player keeps every one of its keys on screen and, with no room
// for the lecture's keys too, says how to reach them.
func TestWidgetHelpOnASmallScreen(t *testing.T) {
	m, _ := newTestPresenter(t, 80, 24, 0, "failover")
	m.move(lecture.Nav{Slide: slideWith(t, m, "scenario")})
	press(m, "enter")
	lines := strings.Split(plain(m), "\n")
	if footer := lines[len(lines)-1]; !strings.Contains(footer, "esc back · ? all keys") {
		t.Errorf("footer at 80 columns: %q", footer)
	}
	press(m, "?")
	out := plain(m)
	for _, want := range []string{"play/pause", "heal", "summary", "esc        back", "? then lists the lecture's"} {
		if !strings.Contains(out, want) {
			t.Errorf("help over the player at 80×24 lacks %q:\n%s", want, out)
		}
	}
}
