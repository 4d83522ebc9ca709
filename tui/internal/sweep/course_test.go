package sweep

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"
)

// state is one state of the course to draw at every size.
type state struct {
	name string
	// min is the screen's own smallest window; zero means the course's.
	min size
	// drive brings a fresh course from home to the state.
	drive func(c *course)
	// focus is text that must be on screen wherever the screen fits:
	// the selection mark, a cursor's prompt, a selected title.
	focus string
}

// tooSmall is what a screen says below its minimum: the size it needs.
var tooSmall = regexp.MustCompile(`at least \d+×\d+`)

// sizes is the grid with the screen's minimum and the sizes just below it.
func sizes(min size) []size {
	out := slices.Clone(grid)
	for _, m := range []size{minimum, min} {
		if min.w != 0 && (m.w > min.w || m.h > min.h) {
			continue // a screen smaller than the course's minimum
		}
		if m.w == 0 {
			continue
		}
		out = append(out, m, size{m.w - 1, m.h}, size{m.w, m.h - 1})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].w*1000+out[i].h < out[j].w*1000+out[j].h })
	return slices.Compact(out)
}

// findings gathers one state's problems, each with the sizes it shows at,
// so a fault seen at ten sizes is reported once.
type findings struct {
	mu    sync.Mutex
	at    map[string][]string
	order []string
}

func (f *findings) add(problem string, win size) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.at == nil {
		f.at = map[string][]string{}
	}
	if _, ok := f.at[problem]; !ok {
		f.order = append(f.order, problem)
	}
	f.at[problem] = append(f.at[problem], win.String())
}

// report fails t once per distinct problem.
func (f *findings) report(t *testing.T) {
	t.Helper()
	for _, p := range f.order {
		t.Errorf("at %s: %s", strings.Join(f.at[p], ", "), p)
	}
}

// drop takes the findings holding a known text out of f, logging each
// with why it is left.
func (f *findings) drop(t *testing.T, known map[string]string) {
	t.Helper()
	kept := f.order[:0]
	for _, p := range f.order {
		left := false
		for text, why := range known {
			if strings.Contains(p, text) {
				t.Logf("known fault (%s), not failing: at %s: %s", why, strings.Join(f.at[p], ", "), p)
				left = true
			}
		}
		if !left {
			kept = append(kept, p)
		}
	}
	f.order = kept
}

// sweepCourse draws every state at every size and checks each frame. A
// state with a focus is driven afresh at each size, as a student would
// move at that size; the others are driven once and the window resized.
// The frame at 200×60 is the wide one cut words are looked up in.
func sweepCourse(t *testing.T, states []state) {
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			wins := sizes(st.min)
			widest := wins[len(wins)-1]
			wins = append([]size{widest}, wins[:len(wins)-1]...)
			var (
				found findings
				wide  string
				c     *course
			)
			for _, win := range wins {
				if c == nil || st.focus != "" {
					c = newCourse(t, win)
					st.drive(c)
				} else {
					c.send(tea.WindowSizeMsg{Width: win.w, Height: win.h})
				}
				if win == widest {
					wide = ansi.Strip(c.m.View().Content)
				}
				checkCourse(c, st, win, wide, &found)
			}
			found.drop(t, known)
			found.report(t)
		})
	}
}

// checkCourse checks one frame of the course.
func checkCourse(c *course, st state, win size, wide string, found *findings) {
	f := c.frame(win)
	for _, p := range f.problems() {
		found.add(p, win)
	}
	plain := ansi.Strip(f.content)
	min := st.min
	if min.w == 0 {
		min = minimum
	}
	if win.w < min.w || win.h < min.h {
		if !tooSmall.MatchString(strings.Join(strings.Fields(plain), " ")) {
			found.add(fmt.Sprintf("below the minimum of %s the screen does not say what it needs:\n%s", min, plain), win)
		}
		return
	}
	if !c.capturing() && !strings.Contains(f.help, "?") {
		found.add(fmt.Sprintf("the help line lost ?: %q", f.help), win)
	}
	if !c.atHome() && !strings.Contains(f.help, "esc") {
		found.add(fmt.Sprintf("the help line lost esc: %q", f.help), win)
	}
	lines := strings.Split(plain, "\n")
	body := strings.Join(lines[headerLines:len(lines)-helpLines], "\n")
	if st.focus != "" && !strings.Contains(body, st.focus) {
		found.add(fmt.Sprintf("the focus (%q) is not on screen:\n%s", st.focus, plain), win)
	}
	for _, cut := range cutWords(strings.Join(lines[:len(lines)-helpLines], "\n"), wide) {
		found.add(cut, win)
	}
}
