package presenter

import (
	"faultline/internal/lecture"
	"strings"
	"testing"
)

// TestHelpNamesEachKeyOnce checks that the help overlay lists no key
// under two entries (tab was both "index" and "next widget") and that it
// says when tab opens the index and when it moves between widgets.
func TestHelpNamesEachKeyOnce(t *testing.T) {
	seen := map[string]string{}
	for _, g := range DefaultKeyMap().FullHelp() {
		for _, b := range g {
			h := b.Help()
			for _, k := range strings.Split(h.Key, "/") {
				if prev, ok := seen[k]; ok {
					t.Errorf("key %q is listed for %q and for %q", k, prev, h.Desc)
				}
				seen[k] = h.Desc
			}
		}
	}
	m, _ := newTestPresenter(t, 100, 30, 0, "availability")
	press(m, "?")
	out := plain(m)
	for _, want := range []string{"i          index of slides", "tab/⇧tab   next/previous field, widget"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
}

// TestTabByFocus checks what the help says tab does: with no widget in
// use it opens the index; while a widget has the keys it does not.
func TestTabByFocus(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "availability")
	m.move(lecture.Nav{Slide: slideWith(t, m, "nines")})
	press(m, "tab")
	if m.mode != modeIndex {
		t.Fatal("tab with no widget in use should open the index")
	}
	press(m, "esc", "enter", "tab")
	if m.mode != modeSlides || m.Focused() == nil {
		t.Errorf("tab while a widget has the keys opened mode %d (focused %v)", m.mode, m.Focused() != nil)
	}
}
