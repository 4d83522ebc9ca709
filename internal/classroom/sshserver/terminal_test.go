package sshserver

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
)

// recorder is a client's end of a terminal: what was written, each write
// apart, and the screen it draws.
type recorder struct {
	mu     sync.Mutex
	writes []string
	scr    *screen
	gate   chan struct{} // writes wait for it to close
}

// newRecorder is a client w×h whose writes pass at once.
func newRecorder(w, h int) *recorder {
	r := &recorder{scr: newScreen(w, h), gate: make(chan struct{})}
	close(r.gate)
	return r
}

func (r *recorder) Write(p []byte) (int, error) {
	<-r.gate
	r.mu.Lock()
	r.writes = append(r.writes, string(p))
	r.mu.Unlock()
	return r.scr.Write(p)
}

// last is the latest write.
func (r *recorder) last() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.writes) == 0 {
		return ""
	}
	return r.writes[len(r.writes)-1]
}

// shown shows f on t and waits until it is written.
func shown(t *testing.T, term *terminal, r *recorder, f termFrame) string {
	t.Helper()
	r.mu.Lock()
	n := len(r.writes)
	r.mu.Unlock()
	term.Show(f)
	deadline := time.Now().Add(hangGuard)
	for {
		r.mu.Lock()
		done := len(r.writes) > n
		r.mu.Unlock()
		if done {
			return r.last()
		}
		if time.Now().After(deadline) {
			t.Fatal("the frame was never written")
		}
		time.Sleep(time.Millisecond)
	}
}

func frame(w, h int, lines ...string) termFrame {
	return termFrame{content: strings.Join(lines, "\n"), title: "t", cursorX: -1, width: w, height: h}
}

func TestTerminalWritesOnlyWhatChanged(t *testing.T) {
	r := newRecorder(10, 4)
	term := newTerminal(r, (&lineCaches{}).of(colorprofile.TrueColor))
	first := shown(t, term, r, frame(10, 4, "one", "two", "three"))
	if !strings.Contains(first, enterScreen) || !strings.Contains(first, clearAll) {
		t.Errorf("the first frame does not set the screen up: %q", first)
	}
	if got := r.scr.String(); got != "one\ntwo\nthree\n" {
		t.Errorf("screen %q", got)
	}

	second := shown(t, term, r, frame(10, 4, "one", "2", "three"))
	if strings.Contains(second, "one") || strings.Contains(second, "three") || !strings.Contains(second, "\x1b[2H2\x1b[K") {
		t.Errorf("a change of one line wrote %q", second)
	}
	if strings.Contains(second, enterScreen) || strings.Contains(second, "\x1b]2;") {
		t.Errorf("the screen was set up again or the unchanged title rewritten: %q", second)
	}

	// A line as wide as the window is not followed by an erase, which
	// would take its last cell on a terminal waiting to wrap.
	full := shown(t, term, r, frame(10, 4, "0123456789", "2"))
	if strings.Contains(full, "0123456789\x1b[K") {
		t.Errorf("a full-width line was erased after: %q", full)
	}
	if !strings.Contains(full, "\x1b[3H\x1b[J") {
		t.Errorf("a shorter frame did not clear below it: %q", full)
	}
	if got := r.scr.String(); got != "0123456789\n2\n\n" {
		t.Errorf("screen %q", got)
	}

	// A wider line is cut to the window.
	shown(t, term, r, frame(10, 4, "0123456789abc", "2"))
	if got := r.scr.String(); got != "0123456789\n2\n\n" {
		t.Errorf("screen %q", got)
	}

	// A resize repaints everything.
	r.scr = newScreen(6, 3) // the writer is idle: nothing is being written
	resized := shown(t, term, r, frame(6, 3, "one", "2"))
	if !strings.Contains(resized, clearAll) || r.scr.String() != "one\n2\n" {
		t.Errorf("a resize wrote %q, showing %q", resized, r.scr.String())
	}

	term.Close()
	if end := r.last(); !strings.HasSuffix(end, leaveScreen+"\x1b]2;\a") {
		t.Errorf("closing wrote %q, want the screen given back", end)
	}
}

func TestTerminalNewestFrameWins(t *testing.T) {
	r := &recorder{scr: newScreen(10, 2), gate: make(chan struct{})}
	term := newTerminal(r, (&lineCaches{}).of(colorprofile.TrueColor))
	term.Show(frame(10, 2, "first"))
	time.Sleep(10 * time.Millisecond) // the writer is stuck writing the first
	start := time.Now()
	for i := range 100 {
		term.Show(frame(10, 2, "frame", strings.Repeat("x", i%10)))
	}
	term.Show(frame(10, 2, "last"))
	if took := time.Since(start); took > time.Second {
		t.Errorf("showing frames to a stuck client took %v", took)
	}
	close(r.gate)
	term.Close()
	if got := r.scr.String(); got != "last\n" {
		t.Errorf("screen %q, want the newest frame", got)
	}
	for _, w := range r.writes {
		if strings.Contains(w, "frame") {
			t.Errorf("a frame replaced while the client was stuck was written: %q", w)
		}
	}
}

func TestLinesConvertedForTheProfile(t *testing.T) {
	caches := &lineCaches{}
	red := "\x1b[38;2;255;0;0mred\x1b[m"
	for _, c := range []struct {
		profile colorprofile.Profile
		line    string
		want    string
		width   int
	}{
		{colorprofile.TrueColor, red + "   ", red, 3},
		{colorprofile.ANSI256, red, "\x1b[38;5;196mred\x1b[m", 3},
		{colorprofile.NoTTY, red + "  ", "red", 3},
		{colorprofile.TrueColor, "plain   ", "plain", 5},
		{colorprofile.TrueColor, "\x1b[7m \x1b[m", "\x1b[7m \x1b[m", 1},                       // a styled blank stays
		{colorprofile.TrueColor, "a\x1b[m  \x1b[m", "a\x1b[m", 1},                             // blanks between resets go
		{colorprofile.TrueColor, "\x1b[1mbold", "\x1b[1mbold\x1b[m", 4},                       // reset after
		{colorprofile.TrueColor, "abcdefghijklmnop", "abcdefghij", 10},                        // cut to the window
		{colorprofile.TrueColor, "\x1b[44m  \x1b[m  ", "\x1b[44m  \x1b[m", 2},                 // coloured blanks stay
		{colorprofile.TrueColor, "\x1b[44mab  ", "\x1b[44mab  \x1b[m", 4},                     // no reset: styled
		{colorprofile.TrueColor, strings.Repeat(" ", 10), "", 0},                              // an empty row
		{colorprofile.ANSI256, "x\x1b[38;2;255;0;0m   \x1b[m", "x\x1b[38;5;196m   \x1b[m", 4}, // kept: not after a reset
	} {
		got := caches.of(c.profile).get(c.line, 10)
		if got.text != c.want || got.width != c.width {
			t.Errorf("%v %q: got %q (width %d), want %q (width %d)", c.profile, c.line, got.text, got.width, c.want, c.width)
		}
	}
	if !bytes.Equal([]byte(caches.of(colorprofile.ANSI256).get(red, 10).text), []byte("\x1b[38;5;196mred\x1b[m")) {
		t.Error("a cached line changed")
	}
}
