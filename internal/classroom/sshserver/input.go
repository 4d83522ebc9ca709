package sshserver

import (
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// escTimeout is how long a lone escape (or the start of a sequence) waits
// for the rest before it is taken as typed: Bubble Tea's wait.
const escTimeout = uv.DefaultEscTimeout

// keyDecoder turns what a student's terminal sends into Bubble Tea's
// messages, as Bubble Tea's own input reader does but without the table
// of legacy key sequences it builds for every program (a fifth of a
// session's memory): the decoder knows every sequence the table holds
// but for a modified F3 that a cursor report also reads as.
type keyDecoder struct {
	dec     uv.EventDecoder
	pending []byte // the start of a sequence not complete yet
	paste   []byte // a bracketed paste being received, nil outside one
}

// feed decodes b after what was pending and returns the messages of the
// complete events; with expired, what is pending is complete too (the
// escape timeout passed).
func (k *keyDecoder) feed(b []byte, expired bool) []tea.Msg {
	k.pending = append(k.pending, b...)
	buf := k.pending
	var msgs []tea.Msg
	for len(buf) > 0 {
		n, ev := k.dec.Decode(buf)
		if n == 0 {
			break
		}
		short := buf[0] == ansi.ESC && n <= 2 // maybe the start of a longer sequence
		if _, unknown := ev.(uv.UnknownEvent); (unknown || short) && !expired {
			break // wait for the rest
		}
		if _, end := ev.(uv.PasteEndEvent); k.paste != nil && !end {
			// Inside a paste, keys are text: their text, or their bytes
			// (an enter's "\r"); anything else is dropped.
			if key, ok := ev.(uv.KeyPressEvent); ok && key.Text != "" {
				k.paste = append(k.paste, key.Text...)
			} else if ok {
				k.paste = append(k.paste, buf[:n]...)
			}
			buf = buf[n:]
			continue
		}
		buf = buf[n:]
		msgs = k.events(msgs, ev)
	}
	k.pending = append(k.pending[:0], buf...)
	return msgs
}

// waiting reports whether the start of a sequence waits for its rest.
func (k *keyDecoder) waiting() bool { return len(k.pending) > 0 }

// events appends the messages of ev to msgs.
func (k *keyDecoder) events(msgs []tea.Msg, ev uv.Event) []tea.Msg {
	switch ev := ev.(type) {
	case uv.MultiEvent:
		for _, e := range ev {
			msgs = k.events(msgs, e)
		}
		return msgs
	case uv.PasteStartEvent:
		k.paste = []byte{}
		return msgs
	case uv.PasteEndEvent:
		if k.paste == nil {
			return msgs
		}
		text := make([]rune, 0, len(k.paste))
		for p := k.paste; len(p) > 0; {
			r, w := utf8.DecodeRune(p)
			if r != utf8.RuneError {
				text = append(text, r)
			}
			p = p[w:]
		}
		k.paste = nil
		return append(msgs, tea.PasteMsg{Content: string(text)})
	}
	if msg := teaMsg(ev); msg != nil {
		msgs = append(msgs, msg)
	}
	return msgs
}

// teaMsg is the Bubble Tea message of an input event a student's screen
// may use, or nil.
func teaMsg(ev uv.Event) tea.Msg {
	switch ev := ev.(type) {
	case uv.KeyPressEvent:
		return tea.KeyPressMsg(ev)
	case uv.KeyReleaseEvent:
		return tea.KeyReleaseMsg(ev)
	case uv.BackgroundColorEvent:
		return tea.BackgroundColorMsg(ev)
	case uv.ForegroundColorEvent:
		return tea.ForegroundColorMsg(ev)
	case uv.CursorColorEvent:
		return tea.CursorColorMsg(ev)
	case uv.FocusEvent:
		return tea.FocusMsg(ev)
	case uv.BlurEvent:
		return tea.BlurMsg(ev)
	case uv.KeyboardEnhancementsEvent:
		return tea.KeyboardEnhancementsMsg(ev)
	}
	return nil // mouse (never asked for), reports nothing here asks for
}

// escTimer is a timer that is stopped until armed.
func escTimer() *time.Timer {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return t
}
