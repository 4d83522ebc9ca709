package sshserver

import (
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// A student's screen is drawn by a terminal of ours rather than Bubble
// Tea's renderer, which redraws at a fixed frame rate whether or not
// anything changed and keeps two cell buffers per session: in a room of
// 200 that was most of the server's idle CPU and of its memory. Here a
// frame is written only when the view changed, and only its changed lines.

// Sequences a student's terminal is set up with, and restored from.
const (
	// enterScreen takes the alternate screen, hides the cursor, turns on
	// bracketed paste and asks for unambiguous keys (modifyOtherKeys and
	// the Kitty keyboard protocol's first level), as Bubble Tea does.
	enterScreen = ansi.SetModeAltScreenSaveCursor + ansi.HideCursor + ansi.SetModeBracketedPaste +
		ansi.SetModifyOtherKeys2 + "\x1b[>1u"
	// leaveScreen undoes enterScreen, in the reverse order.
	leaveScreen = ansi.ResetModifyOtherKeys + "\x1b[<1u" +
		ansi.ResetModeAltScreenSaveCursor + ansi.ShowCursor + ansi.ResetModeBracketedPaste
	// beginFrame and endFrame make a frame appear at once on terminals
	// with synchronized output; the others ignore them.
	beginFrame = "\x1b[?2026h"
	endFrame   = "\x1b[?2026l"
	clearAll   = ansi.CursorHomePosition + ansi.EraseEntireScreen
)

// termFrame is one screen to show: the view's text, its window title and
// cursor, at the window's size.
type termFrame struct {
	content string
	title   string
	// cursor is the view's cursor, or hidden (x < 0).
	cursorX, cursorY int
	width, height    int
}

// terminal draws frames on one student's terminal from a goroutine of its
// own. Show never waits: the newest frame replaces one not yet written,
// so a student whose connection is slow (or stuck) skips frames instead
// of holding up their session's event loop, or anyone else.
type terminal struct {
	out  io.Writer
	sent *lineCache // the lines of screens as this terminal's colour profile shows them

	mu      sync.Mutex
	next    *termFrame // the newest frame not yet written
	raw     []byte     // sequences to write before it (terminal queries)
	closing bool
	wake    chan struct{}
	done    chan struct{}

	// The writer goroutine's own: what the terminal shows now.
	started       bool
	lines         []string
	width, height int
	title         string
	cursorShown   bool
	failed        bool
	buf           []byte
}

// newTerminal starts drawing on out (a session) with the lines of sent.
func newTerminal(out io.Writer, sent *lineCache) *terminal {
	t := &terminal{out: out, sent: sent, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go t.run()
	return t
}

// Show makes f the next frame written.
func (t *terminal) Show(f termFrame) {
	t.mu.Lock()
	t.next = &f
	t.mu.Unlock()
	t.poke()
}

// Write sends p (a terminal query, or what Bubble Tea itself writes)
// before the next frame; it never waits.
func (t *terminal) Write(p []byte) (int, error) {
	t.mu.Lock()
	t.raw = append(t.raw, p...)
	t.mu.Unlock()
	t.poke()
	return len(p), nil
}

func (t *terminal) poke() {
	select {
	case t.wake <- struct{}{}:
	default:
	}
}

// Close writes what is still to be written, gives the terminal back as
// it was (main screen, cursor shown, no window title) and returns once
// the writing is done.
func (t *terminal) Close() {
	t.mu.Lock()
	t.closing = true
	t.mu.Unlock()
	t.poke()
	<-t.done
}

// run writes frames as they come until Close.
func (t *terminal) run() {
	defer close(t.done)
	for range t.wake {
		t.mu.Lock()
		f, raw, closing := t.next, t.raw, t.closing
		t.next, t.raw = nil, nil
		t.mu.Unlock()
		t.buf = append(t.buf[:0], raw...)
		if f != nil {
			t.buf = t.draw(t.buf, f)
		}
		if closing && t.started {
			t.buf = t.restore(t.buf)
		}
		if len(t.buf) > 0 && !t.failed {
			// A client gone is the session's to notice; here it only
			// stops the writing.
			_, err := t.out.Write(t.buf)
			t.failed = err != nil
		}
		if cap(t.buf) > 64<<10 {
			t.buf = nil // a huge frame's buffer is not kept for the small ones
		}
		if closing {
			return
		}
	}
}

// draw appends to b what turns the screen shown into f: only the lines
// that changed, or everything after a resize.
func (t *terminal) draw(b []byte, f *termFrame) []byte {
	b = append(b, beginFrame...)
	full := !t.started || f.width != t.width || f.height != t.height
	if !t.started {
		b = append(b, enterScreen...)
		t.started = true
	}
	if f.title != t.title {
		b = append(b, ansi.SetWindowTitle(f.title)...)
		t.title = f.title
	}
	t.width, t.height = f.width, f.height
	lines := strings.Split(f.content, "\n")
	if len(lines) > f.height {
		lines = lines[:f.height]
	}
	if full {
		b = append(b, clearAll...)
		t.lines = nil
	}
	for i, line := range lines {
		if i < len(t.lines) && t.lines[i] == line {
			continue
		}
		out := t.sent.get(line, f.width)
		if i >= len(t.lines) && out.text == "" {
			continue // blank where the screen is blank
		}
		b = cursorTo(b, i, 0)
		b = append(b, out.text...)
		if out.width < f.width {
			// Not from the last column, where the cursor waits to wrap:
			// the erase would take the line's last cell with it.
			b = append(b, ansi.EraseLineRight...)
		}
	}
	if len(lines) < len(t.lines) {
		b = cursorTo(b, len(lines), 0)
		b = append(b, ansi.EraseScreenBelow...)
	}
	t.lines = lines
	switch {
	case f.cursorX >= 0:
		b = cursorTo(b, f.cursorY, f.cursorX)
		if !t.cursorShown {
			b = append(b, ansi.ShowCursor...)
		}
	case t.cursorShown:
		b = append(b, ansi.HideCursor...)
	}
	t.cursorShown = f.cursorX >= 0
	return append(b, endFrame...)
}

// restore appends what gives the terminal back: the keyboard as it was,
// the cursor on the last row, the main screen and the cursor, no title.
func (t *terminal) restore(b []byte) []byte {
	b = cursorTo(b, max(0, t.height-1), 0) // where a terminal without an alternate screen goes on
	b = append(b, leaveScreen...)
	if t.title != "" {
		b = append(b, ansi.SetWindowTitle("")...)
	}
	return b
}

// cursorTo appends the move to row y, column x (from 0).
func cursorTo(b []byte, y, x int) []byte {
	b = append(b, "\x1b["...)
	b = strconv.AppendInt(b, int64(y+1), 10)
	if x > 0 {
		b = append(b, ';')
		b = strconv.AppendInt(b, int64(x+1), 10)
	}
	return append(b, 'H')
}
