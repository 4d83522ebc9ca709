package sweep

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/scenario"
	"faultline/quiz"
	"faultline/tui/calculators"
	"faultline/tui/glossary"
	"faultline/tui/quizscreen"
	"faultline/tui/scenarios"
	"faultline/tui/theme"
)

// hostile is text a student might type or paste by accident or on
// purpose: long, wide, combining, escape and control characters, numbers
// out of range, and nothing at all.
var hostile = []struct{ name, text string }{
	{"long", strings.Repeat("9", 150) + strings.Repeat("x", 150)},
	{"words", strings.Repeat("ninety nine ", 25)},
	{"wide", strings.Repeat("界", 150)},
	{"combining", strings.Repeat("e\u0301", 100)},
	{"escapes", "\x1b[31mred\x1b[0m\x07\x1b]0;title\x07\r\n\t\x00\u202eevil\x7f"},
	{"above", "150"},
	{"negative", "-5"},
	{"huge", "1e999"},
	{"precise", "99.99999999999999999999999"},
	{"empty", ""},
}

// inputField brings a fresh course to a screen with a text field focused.
type inputField struct {
	name string
	open func(c *course)
}

// errorStyle is how an error begins on screen: the error style's escape
// sequence, found by drawing one.
var errorStyle = func() string {
	s := theme.New(true).App.Error.Render("x")
	return s[:strings.Index(s, "x")]
}()

// errorLines counts the lines of s drawn in the error style.
func errorLines(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, errorStyle) {
			n++
		}
	}
	return n
}

// TestSweepHostileInput types and pastes hostile text into every text
// field of the course and checks at 80×24 and 40×12 that the frame stays
// inside the window with no control character shown, that the error takes
// at most one line more than before, and that the value is not repeated
// at length.
func TestSweepHostileInput(t *testing.T) {
	t.Parallel()
	numeric := func(c *course) {
		_, bank := c.ctx.Course, c.ctx.Bank
		q, _ := firstOfType(bank, quiz.NumericType)
		c.open(quizscreen.New(c.ctx, "Sweep: numeric", []quiz.Question{q}, quizscreen.Options{Seed: 1, Now: fixedNow}))
	}
	spec := scenario.Scenarios()[0]
	fields := []inputField{
		{"nines/availability", func(c *course) { c.open(calculators.NewNines(c.ctx, "", "")) }},
		{"nines/window", func(c *course) { c.open(calculators.NewNines(c.ctx, "", "")); c.keys("tab") }},
		{"budget", func(c *course) { c.open(calculators.NewBudget(c.ctx, "", "")) }},
		{"mtbf", func(c *course) { c.open(calculators.NewMTBF(c.ctx, "", "")) }},
		{"mttr", func(c *course) { c.open(calculators.NewMTBF(c.ctx, "", "")); c.keys("tab") }},
		{"compose/expression", func(c *course) { c.open(calculators.NewCompose(c.ctx, "")); c.keys("tab") }},
		{"compose/rename", func(c *course) { c.open(calculators.NewCompose(c.ctx, "")); c.keys("r") }},
		{"compose/availability", func(c *course) { c.open(calculators.NewCompose(c.ctx, "")); c.keys("e") }},
		{"glossary/filter", func(c *course) { c.open(glossary.New(c.ctx)); c.keys("/") }},
		{"quiz/numeric", numeric},
		{"scenario/form", func(c *course) {
			c.open(scenarios.NewPlayer(c.ctx, spec, spec.Defaults(), 1))
			c.keys("space", "e")
		}},
	}
	for _, f := range fields {
		for _, in := range hostile {
			for _, paste := range []bool{false, true} {
				how := "typed"
				if paste {
					how = "pasted"
				}
				t.Run(f.name+"/"+in.name+"/"+how, func(t *testing.T) {
					t.Parallel()
					for _, win := range []size{{80, 24}, {40, 12}} {
						c := newCourse(t, win)
						f.open(c)
						c.keys("ctrl+u")
						before := errorLines(c.m.View().Content)
						enter(c, in.text, paste)
						checkInput(t, c, win, in.text, before)
					}
				})
			}
		}
	}
}

// enter types text a key at a time (the printable characters, as a
// terminal sends them) or pastes it whole.
func enter(c *course, text string, paste bool) {
	if paste {
		c.send(tea.PasteMsg{Content: text})
		return
	}
	for _, r := range text {
		if r < ' ' || r == 0x7f || (r >= 0x202a && r <= 0x202e) {
			continue
		}
		c.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// checkInput checks the frame after hostile input.
func checkInput(t *testing.T, c *course, win size, text string, before int) {
	t.Helper()
	f := c.frame(win)
	for _, p := range f.problems() {
		t.Errorf("at %s: %s", win, p)
	}
	plain := ansi.Strip(f.content)
	if after := errorLines(f.content); after > before+1 {
		t.Errorf("at %s: the error takes %d lines (%d before the input), want one:\n%s", win, after, before, plain)
	}
	if echo := longestEcho(plain, text); echo > 40 {
		t.Errorf("at %s: the screen repeats %d characters of the input:\n%s", win, echo, plain)
	}
}

// longestEcho is the most characters of text one line of screen other
// than the field repeats, counted in runs of 10.
func longestEcho(screen, text string) int {
	runes := []rune(text)
	best := 0
	for _, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, "› ") || strings.HasPrefix(strings.TrimSpace(line), "/ ") {
			continue // the field itself (its prompt › or the filter's /), which shows what was typed
		}
		for start := 0; start+10 <= len(runes); start += 10 {
			n := 10
			for start+n <= len(runes) && strings.Contains(line, string(runes[start:start+n])) {
				best = max(best, n)
				n += 10
			}
		}
	}
	return best
}
