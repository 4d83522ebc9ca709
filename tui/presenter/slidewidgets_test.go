package presenter

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/tui/common"
)

// TestTabVisitsEveryFieldOfTwoWidgets: on the failover lesson's slide
// with the nines and MTBF calculators, tab goes through both fields of
// the first, then both of the second, then back to the first; shift+tab
// goes the other way. No field is skipped.
func TestTabVisitsEveryFieldOfTwoWidgets(t *testing.T) {
	m, _ := newTestPresenter(t, 120, 50, 0, "failover")
	slide := -1
	for i, s := range m.deck.Slides {
		if bs := s.Blocks(); len(bs) >= 2 && bs[0].Kind == lessons.KindNines && bs[1].Kind == lessons.KindMTBF {
			slide = i
		}
	}
	if slide < 0 {
		t.Fatal("no slide with the nines and MTBF calculators")
	}
	m.move(lecture.Nav{Slide: slide})
	press(m, "enter")
	at := func() [2]int {
		f, ok := m.Focused().(common.Fields)
		if !ok {
			t.Fatalf("widget %d has no fields", m.focus)
		}
		i, _ := f.Field()
		return [2]int{m.focus, i}
	}
	want := [][2]int{{0, 1}, {1, 0}, {1, 1}, {0, 0}, {0, 1}}
	if got := at(); got != [2]int{0, 0} {
		t.Fatalf("enter starts at widget %d field %d, not the first field", got[0], got[1])
	}
	for _, w := range want {
		press(m, "tab")
		if got := at(); got != w {
			t.Fatalf("tab went to widget %d field %d, want widget %d field %d", got[0], got[1], w[0], w[1])
		}
	}
	for _, w := range [][2]int{{0, 0}, {1, 1}, {1, 0}, {0, 1}} {
		press(m, "shift+tab")
		if got := at(); got != w {
			t.Fatalf("shift+tab went to widget %d field %d, want widget %d field %d", got[0], got[1], w[0], w[1])
		}
	}
	// What is typed goes to the field tab reached: the MTBF's first.
	press(m, "tab", "tab", "ctrl+a")
	if m.focus != 1 {
		t.Fatalf("two tabs from the nines' second field left widget %d in use", m.focus)
	}
}

// TestPreviewNeverCutsABox draws every slide of the lessons with widgets
// at several sizes, none in use: a widget either shows whole parts (a
// box that opens on the screen closes on it) or is named on one line in
// the words lessons use, with "enter to open"; no preview says the
// scenario player needs more room.
func TestPreviewNeverCutsABox(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {80, 24}, {120, 40}, {72, 22}} {
		m, _ := newTestPresenter(t, size[0], size[1], 0, "availability", "failover")
		for i, s := range m.deck.Slides {
			if len(s.Blocks()) == 0 {
				continue
			}
			m.move(lecture.Nav{Slide: i, Step: 99})
			out := plain(m)
			if strings.Contains(out, "↓") {
				continue // the slide scrolls: the screen's edge cuts it, not the preview
			}
			if strings.Count(out, "╭") != strings.Count(out, "╰") {
				t.Errorf("slide %d %q at %d×%d cuts a box:\n%s", i+1, s.Title, size[0], size[1], out)
			}
			if strings.Contains(out, "needs at least") {
				t.Errorf("slide %d %q at %d×%d says a widget needs more room while none is in use:\n%s", i+1, s.Title, size[0], size[1], out)
			}
			for _, b := range s.Blocks() {
				if b.Kind == lessons.KindScenario && !strings.Contains(out, "enter to open") && !strings.Contains(out, "in flight") {
					t.Errorf("slide %d %q at %d×%d neither draws nor names its scenario:\n%s", i+1, s.Title, size[0], size[1], out)
				}
			}
		}
	}
}

// TestCollapsedWidgetNamedInWords: a scenario on a short screen (100×24) is named
// by its summary line, as lessons describe the block, with enter to open.
func TestCollapsedWidgetNamedInWords(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 24, 0, "failover")
	i := slideWith(t, m, "scenario")
	m.move(lecture.Nav{Slide: i, Step: 99})
	out := plain(m)
	b := m.deck.Slides[i].Blocks()[0]
	d := b.Describe()
	want := "▶ " + strings.ToUpper(d[:1]) + d[1:] + " · enter to open"
	if !strings.Contains(out, want) {
		t.Errorf("at 100×24 the scenario is not named %q:\n%s", want, out)
	}
}

// TestNeedsRoomOnlyWhenTrue: the scenario in use on a window too small
// for it says what it needs and the window that fits it; that window
// does fit it, and then nothing is said.
func TestNeedsRoomOnlyWhenTrue(t *testing.T) {
	m, _ := newTestPresenter(t, 70, 20, 0, "failover")
	m.move(lecture.Nav{Slide: slideWith(t, m, "scenario")})
	press(m, "enter")
	out := plain(m)
	got := regexp.MustCompile(`A window of (\d+)×(\d+) fits it`).FindStringSubmatch(strings.Join(strings.Fields(out), " "))
	if got == nil {
		t.Fatalf("at 70×20 the scenario in use does not say what window it needs:\n%s", out)
	}
	w, _ := strconv.Atoi(got[1])
	h, _ := strconv.Atoi(got[2])
	m.Update(sizeMsg(w, h))
	out = plain(m)
	if strings.Contains(out, "needs at least") || !strings.Contains(out, " s of 120 s") {
		t.Errorf("at the %d×%d it asked for, the scenario does not draw:\n%s", w, h, out)
	}
	m.Update(sizeMsg(w, h-1))
	if out := plain(m); !strings.Contains(out, "needs at least") {
		t.Errorf("one row less than %d×%d and the scenario does not say so:\n%s", w, h, out)
	}
}

// TestNinesWidgetShowsEveryValue: a nines block naming three values shows
// a row for each on the slide's calculator, the field's first among them.
func TestNinesWidgetShowsEveryValue(t *testing.T) {
	m, _ := newTestPresenter(t, 120, 50, 0, "availability")
	i := slideWithBlock(t, m, lessons.KindNines, "99.9")
	m.move(lecture.Nav{Slide: i, Step: 99})
	press(m, "enter")
	out := plain(m)
	for _, v := range m.deck.Slides[i].Blocks()[0].Args {
		if !strings.Contains(out, "│ "+v+"%") {
			t.Errorf("the nines calculator lacks a row for %s:\n%s", v, out)
		}
	}
}
