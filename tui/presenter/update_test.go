package presenter

import (
	"fmt"
	"image/color"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// TestNavigationKeys checks every key that moves through the deck, from
// a start position, against the position it leads to. The deck is the
// fallacies lesson then availability: slide 1 (index 1) reveals 8 items.
func TestNavigationKeys(t *testing.T) {
	probe, _ := newTestPresenter(t, 100, 30, 0, "fallacies", "availability")
	last := probe.deck.Len() - 1 // the last slide, whatever the lessons hold
	tests := []struct {
		name string
		from lecture.Nav
		keys []string
		want lecture.Nav
	}{
		{"right to next slide", lecture.Nav{}, []string{"right"}, lecture.Nav{Slide: 1}},
		{"space", lecture.Nav{}, []string{"space"}, lecture.Nav{Slide: 1}},
		{"l", lecture.Nav{}, []string{"l"}, lecture.Nav{Slide: 1}},
		{"n", lecture.Nav{}, []string{"n"}, lecture.Nav{Slide: 1}},
		{"pgdown", lecture.Nav{}, []string{"pgdown"}, lecture.Nav{Slide: 1}},
		{"next reveals an item", lecture.Nav{Slide: 1}, []string{"right", "right"}, lecture.Nav{Slide: 1, Step: 2}},
		{"past the last item", lecture.Nav{Slide: 1, Step: 8}, []string{"right"}, lecture.Nav{Slide: 2}},
		{"left hides an item", lecture.Nav{Slide: 1, Step: 3}, []string{"left"}, lecture.Nav{Slide: 1, Step: 2}},
		{"h", lecture.Nav{Slide: 3}, []string{"h"}, lecture.Nav{Slide: 2}},
		{"p", lecture.Nav{Slide: 3}, []string{"p"}, lecture.Nav{Slide: 2}},
		{"pgup", lecture.Nav{Slide: 3}, []string{"pgup"}, lecture.Nav{Slide: 2}},
		{"back onto a revealed slide", lecture.Nav{Slide: 2}, []string{"left"}, lecture.Nav{Slide: 1, Step: 8}},
		{"left on the first slide", lecture.Nav{}, []string{"left"}, lecture.Nav{}},
		{"g", lecture.Nav{Slide: 5}, []string{"g"}, lecture.Nav{}},
		{"home", lecture.Nav{Slide: 5}, []string{"home"}, lecture.Nav{}},
		{"G", lecture.Nav{}, []string{"G"}, lecture.Nav{Slide: last}},
		{"end", lecture.Nav{}, []string{"end"}, lecture.Nav{Slide: last}},
		{"12 enter", lecture.Nav{}, []string{"1", "2", "enter"}, lecture.Nav{Slide: 11}},
		{"jump clamps", lecture.Nav{}, []string{"9", "9", "9", "enter"}, lecture.Nav{Slide: last}},
		{"digits then esc cancel", lecture.Nav{}, []string{"5", "esc", "enter"}, lecture.Nav{}},
		{"digits then right cancel the jump", lecture.Nav{}, []string{"5", "right"}, lecture.Nav{Slide: 1}},
		{"index enter jumps", lecture.Nav{}, []string{"i", "down", "down", "enter"}, lecture.Nav{Slide: 2}},
		{"tab opens the index", lecture.Nav{Slide: 4}, []string{"tab", "up", "enter"}, lecture.Nav{Slide: 3}},
		{"index esc stays", lecture.Nav{}, []string{"i", "down", "esc"}, lecture.Nav{}},
		{"index G and enter", lecture.Nav{}, []string{"i", "G", "enter"}, lecture.Nav{Slide: last}},
		{"index k clamps at the top", lecture.Nav{}, []string{"i", "k", "k", "enter"}, lecture.Nav{}},
		{"help swallows the next key", lecture.Nav{}, []string{"?", "right"}, lecture.Nav{}},
		{"blank ignores navigation", lecture.Nav{}, []string{"b", "right", "b", "right"}, lecture.Nav{Slide: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := newTestPresenter(t, 100, 30, 0, "fallacies", "availability")
			m.move(tt.from)
			press(m, tt.keys...)
			if m.Nav() != tt.want {
				t.Errorf("keys %q from %+v: at %+v, want %+v", tt.keys, tt.from, m.Nav(), tt.want)
			}
		})
	}
}

// TestModeKeys checks the keys that open and close overlays, blank the
// screen, pause the timer and quit.
func TestModeKeys(t *testing.T) {
	m, clk := newTestPresenter(t, 100, 30, 50*time.Minute, "fallacies")

	press(m, "?")
	if !strings.Contains(plain(m), "Lecture keys") || !strings.Contains(plain(m), "once a second") {
		t.Fatalf("? shows no help:\n%s", plain(m))
	}
	press(m, "x")
	if m.mode != modeSlides {
		t.Fatal("any key should close the help")
	}

	press(m, "b")
	if !m.Blank() || strings.TrimSpace(plain(m)) != "" {
		t.Fatalf("b should blank the whole screen, got %q", plain(m))
	}
	press(m, "right") // a stray key says how to come back, on the last line only
	if lines := strings.Split(plain(m), "\n"); !m.Blank() || strings.TrimSpace(strings.Join(lines[:len(lines)-1], "")) != "" ||
		!strings.Contains(lines[len(lines)-1], "blank · b or esc shows the slide") {
		t.Fatalf("a key while blank should only say how to come back, got %q", plain(m))
	}
	press(m, "esc")
	if m.Blank() {
		t.Fatal("esc should end the blank")
	}
	press(m, "b")
	if strings.TrimSpace(plain(m)) != "" {
		t.Fatalf("blanking again should show nothing, got %q", plain(m))
	}
	press(m, "b")

	clk.t = start.Add(10 * time.Minute)
	press(m, "t")
	if !m.Timer().Paused() {
		t.Fatal("t should pause the timer")
	}
	clk.t = start.Add(30 * time.Minute)
	if got := m.Timer().Elapsed(clk.t); got != 10*time.Minute {
		t.Errorf("paused timer ran on: %v", got)
	}
	if !strings.Contains(plain(m), "paused") {
		t.Error("the footer should say the timer is paused")
	}
	press(m, "t")
	if m.Timer().Paused() {
		t.Fatal("t should resume the timer")
	}

	_, cmd := m.Update(keyMsg("q"))
	if cmd != nil || !strings.Contains(plain(m), "Quit the lecture? y/n") {
		t.Fatalf("q should ask first, got cmd %v and\n%s", cmd, plain(m))
	}
	if _, cmd := m.Update(keyMsg("n")); teatesting.Quits(teatesting.Run(t, cmd)) || m.mode != modeSlides {
		t.Fatal("n should cancel the quit")
	}
	m.Update(keyMsg("q"))
	if _, cmd := m.Update(keyMsg("y")); !teatesting.Quits(teatesting.Run(t, cmd)) {
		t.Fatal("y should quit")
	}
	if _, cmd := m.Update(keyMsg("ctrl+c")); !teatesting.Quits(teatesting.Run(t, cmd)) {
		t.Fatal("ctrl+c should quit at once")
	}
}

// TestWidgetKeys focuses the calculator on the nines slide, types into it,
// checks that slide keys then go to the widget, and that esc gives them
// back.
func TestWidgetKeys(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "availability")
	slide := slideWith(t, m, "nines")
	m.move(lecture.Nav{Slide: slide})
	press(m, "enter")
	if m.Focused() == nil {
		t.Fatal("enter should focus the slide's calculator")
	}
	press(m, "ctrl+u", "9", "9", ".", "9", "9", "right", "q", "b")
	if m.Nav().Slide != slide || m.mode != modeSlides || m.Blank() {
		t.Fatalf("keys leaked to the slides: %+v mode %d blank %v", m.Nav(), m.mode, m.Blank())
	}
	if !strings.Contains(plain(m), "99.99") {
		t.Errorf("typed availability not shown:\n%s", plain(m))
	}
	// esc goes to the widget, which hands the keys back with a message.
	_, cmd := m.Update(keyMsg("esc"))
	for _, msg := range teatesting.Run(t, cmd) {
		m.Update(msg)
	}
	if m.Focused() != nil {
		t.Fatal("esc should give the keys back to the slides")
	}
	press(m, "right")
	if m.Nav().Slide != slide+1 {
		t.Errorf("right after esc: slide %d, want %d", m.Nav().Slide, slide+1)
	}
	press(m, "left", "enter")
	if !strings.Contains(plain(m), "99.99") {
		t.Error("the calculator should keep its value when the slide comes back")
	}
}

// TestQuizWidget reveals a quiz question's answer on its slide.
func TestQuizWidget(t *testing.T) {
	m, _ := newTestPresenter(t, 120, 50, 0, "fallacies")
	m.move(lecture.Nav{Slide: slideWithBlock(t, m, "quiz", "fallacies-3")})
	if strings.Contains(plain(m), "Answer:") {
		t.Fatal("the answer shows before it is revealed")
	}
	press(m, "enter", "r")
	out := plain(m)
	// The revealed letter is the one ticked, wherever the deal put it.
	got := regexp.MustCompile(`Answer: ([A-Z])\b`).FindStringSubmatch(out)
	if got == nil || !strings.Contains(out, "✓ "+got[1]+"  About 2.8 seconds") {
		t.Errorf("r should reveal the answer:\n%s", out)
	}
}

// TestScenarioWidget plays the scenario on its slide only once focused,
// and pauses it when the keys are given back.
func TestScenarioWidget(t *testing.T) {
	m, _ := newTestPresenter(t, 120, 50, 0, "failover")
	m.move(lecture.Nav{Slide: slideWith(t, m, "scenario")})
	_ = plain(m)
	// The scenario comes first on its slide (a check question may follow),
	// so enter focuses it.
	ws := m.visibleWidgets()
	type player interface{ Playing() bool }
	if len(ws) == 0 {
		t.Fatal("no widget on the scenario's slide")
	}
	p, ok := ws[0].(player)
	if !ok {
		t.Fatalf("the slide's first widget is %T, want the scenario player", ws[0])
	}
	if p.Playing() {
		t.Fatal("the scenario plays before it is used")
	}
	_, cmd := m.Update(keyMsg("enter"))
	if !p.Playing() || cmd == nil {
		t.Fatal("enter should start the scenario and its ticks")
	}
	_, cmd = m.Update(keyMsg("esc"))
	for _, msg := range teatesting.Run(t, cmd) {
		m.Update(msg)
	}
	if p.Playing() || m.Focused() != nil {
		t.Error("esc should pause the scenario and give the keys back")
	}
}

// TestTicks checks that the clock ticks only while the timer runs and is
// shown, and that stray ticks stop.
func TestTicks(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "fallacies")
	if cmd := m.ensureTick(); cmd == nil {
		t.Fatal("a running timer should tick")
	}
	if cmd := m.ensureTick(); cmd != nil {
		t.Fatal("only one tick may be on its way")
	}
	press(m, "t")
	if _, cmd := m.Update(tickMsg{}); cmd != nil {
		t.Fatal("a paused timer should stop ticking")
	}
	press(m, "t", "b")
	if _, cmd := m.Update(tickMsg{}); cmd != nil {
		t.Fatal("a blank screen with no notes view should stop ticking")
	}
	_, cmd := m.Update(keyMsg("b"))
	if cmd == nil {
		t.Fatal("showing the slide again should restart the clock")
	}
}

// TestPublish checks that keys publish the presenter's state.
func TestPublish(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "fallacies")
	var got []lecture.State
	m.publish = func(s lecture.State) { got = append(got, s) }
	press(m, "right", "right", "b")
	if len(got) != 3 {
		t.Fatalf("%d states published, want 3", len(got))
	}
	last := got[2]
	if last.Slide != 1 || last.Step != 1 || !last.Blank || last.Title != "Eight false assumptions" || last.Next != "The network is reliable" {
		t.Errorf("published %+v", last)
	}
}

// TestBackgroundColour rebuilds the styles for a light terminal.
func TestBackgroundColour(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "fallacies")
	before := plain(m)
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if m.ctx.Styles.IsDark {
		t.Error("a black-on-white report should switch to light styles")
	}
	if plain(m) != before {
		t.Error("the text should not change with the theme")
	}
}

// TestSmallWindow asks for more room below the minimum, naming the size
// even in a window too small for the whole sentence.
func TestSmallWindow(t *testing.T) {
	m, _ := newTestPresenter(t, 30, 8, 0, "fallacies")
	if out := strings.ReplaceAll(plain(m), "\n", " "); !strings.Contains(out, "needs at least 40×10") {
		t.Errorf("small window:\n%s", plain(m))
	}
	m.Update(tea.WindowSizeMsg{Width: 10, Height: 4})
	if out := strings.ReplaceAll(plain(m), "\n", ""); !strings.Contains(out, "40×10") {
		t.Errorf("tiny window does not name the size needed:\n%s", plain(m))
	}
}

// TestJumpPastTheEndSaysSo checks that a slide number that is not a slide
// takes the nearest one and says so in the footer, until the next key.
func TestJumpPastTheEndSaysSo(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "fallacies", "availability")
	last := m.deck.Len()
	for _, tt := range []struct {
		keys []string
		want string
		nav  int
	}{
		{[]string{"9", "9", "enter"}, fmt.Sprintf("no slide 99: the last is %d, shown", last), last - 1},
		{[]string{"0", "enter"}, "no slide 0: slides start at 1, shown", 0},
		{[]string{"3", "enter"}, "", 2},
	} {
		press(m, tt.keys...)
		lines := strings.Split(plain(m), "\n")
		footer := lines[len(lines)-1]
		if m.Nav().Slide != tt.nav {
			t.Errorf("%v: on slide %d, want %d", tt.keys, m.Nav().Slide+1, tt.nav+1)
		}
		if tt.want != "" && !strings.Contains(footer, tt.want) {
			t.Errorf("%v: footer %q lacks %q", tt.keys, footer, tt.want)
		}
		if tt.want == "" && strings.Contains(footer, "no slide") {
			t.Errorf("%v: footer %q speaks of a missing slide", tt.keys, footer)
		}
	}
	press(m, "left")
	if lines := strings.Split(plain(m), "\n"); strings.Contains(lines[len(lines)-1], "no slide") {
		t.Error("the note outlived the next key")
	}
}

// TestResumeCarriesOn checks that a presenter started from a resume record
// opens on its slide and step with its timer carried on, and a record past
// the deck's end lands on the last slide.
func TestResumeCarriesOn(t *testing.T) {
	c, bank := loadCourse(t)
	d, err := lecture.NewDeck(c, []string{"fallacies", "availability"})
	if err != nil {
		t.Fatal(err)
	}
	clk := &clock{t: start}
	r := &lecture.Resume{Deck: d.ID(), Slide: 1, Step: 2, Elapsed: 12 * time.Minute}
	m := New(&common.Context{Styles: theme.New(true), Course: c}, Options{Deck: d, Bank: bank, Duration: time.Hour, Now: clk.now, Resume: r})
	if m.Nav() != (lecture.Nav{Slide: 1, Step: 2}) {
		t.Errorf("resumed at %+v, want slide 1 step 2", m.Nav())
	}
	clk.t = start.Add(time.Minute)
	if e := m.Timer().Elapsed(clk.now()); e != 13*time.Minute {
		t.Errorf("the timer carried on at %v, want 13m", e)
	}
	r.Slide = 999
	if m := New(&common.Context{Styles: theme.New(true), Course: c}, Options{Deck: d, Bank: bank, Now: clk.now, Resume: r}); m.Nav().Slide != d.Len()-1 {
		t.Errorf("a record past the end resumed at slide %d of %d", m.Nav().Slide+1, d.Len())
	}
}
