package sshserver

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// keyNames are the messages' keys as Bubble Tea names them, and the other
// messages by their type and content.
func keyNames(msgs []tea.Msg) string {
	var out []string
	for _, m := range msgs {
		switch m := m.(type) {
		case tea.KeyPressMsg:
			out = append(out, m.String())
		default:
			out = append(out, fmt.Sprintf("%T%v", m, m))
		}
	}
	return strings.Join(out, " ")
}

func TestKeysDecodedAsBubbleTeaDoes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ana\r", "a n a enter"},
		{"\x1b[A\x1b[B\x1b[5~\x1b[6~", "up down pgup pgdown"},
		{"\x1b[27u", "esc"},         // the Kitty protocol's escape
		{"\x1b[99;5u", "ctrl+c"},    // and its ctrl+c
		{"\x1b[27;5;99~", "ctrl+c"}, // modifyOtherKeys' ctrl+c
		{"\x03", "ctrl+c"},          // a plain terminal's
		{"\x7f\t", "backspace tab"}, // answer pad's editing keys
		{"é→", "é →"},               // text beyond ASCII
		{"\x1b[200~x\ry\x1b[201~", "tea.PasteMsgx\ry"},
		{"\x1b]11;rgb:ffff/ffff/ffff\x07", "tea.BackgroundColorMsg#ffffff"},
	} {
		var k keyDecoder
		got := keyNames(k.feed([]byte(c.in), false))
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
		if k.waiting() {
			t.Errorf("%q: still waiting for %q", c.in, k.pending)
		}
	}
}

func TestKeysSplitAndLoneEscape(t *testing.T) {
	var k keyDecoder
	if got := k.feed([]byte("\x1b"), false); len(got) != 0 || !k.waiting() {
		t.Fatalf("a lone escape gave %q at once; it waits for what may follow", keyNames(got))
	}
	if got := keyNames(k.feed([]byte("[B"), false)); got != "down" {
		t.Errorf("an arrow split in two reads: %q, want down", got)
	}
	k.feed([]byte("\x1b"), false)
	if got := keyNames(k.feed(nil, true)); got != "esc" {
		t.Errorf("a lone escape once the wait is over: %q, want esc", got)
	}
	if k.waiting() {
		t.Error("nothing should wait after the timeout")
	}
	if got := keyNames(k.feed([]byte("\x1b[200~half a pa"), false)); got != "" {
		t.Errorf("half a paste gave %q", got)
	}
	if got := keyNames(k.feed([]byte("ste\x1b[201~q"), false)); got != "tea.PasteMsghalf a paste q" {
		t.Errorf("a paste in two reads: %q", got)
	}
}

func TestBackgroundReplyIsDark(t *testing.T) {
	var k keyDecoder
	msgs := k.feed([]byte("\x1b]11;rgb:0000/0000/0000\x1b\\"), false)
	if len(msgs) != 1 {
		t.Fatalf("got %q", keyNames(msgs))
	}
	bg, ok := msgs[0].(tea.BackgroundColorMsg)
	if !ok || !bg.IsDark() || bg.Color == nil {
		t.Errorf("got %#v, want a dark background", msgs[0])
	}
}
