package presenter

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
	"faultline/tui/components/slideview"
	"faultline/tui/components/textwrap"
)

// notServedNotice is what j says when no students can follow.
const notServedNotice = "not served: start with --serve"

// toggleJoin puts the join screen up, or says why there is none.
func (m *Presenter) toggleJoin() {
	if m.class == nil || m.class.Hub == nil {
		m.notice = notServedNotice
		return
	}
	m.mode = modeJoin
}

// joinKey handles a key while the join screen is up: j or esc returns to
// the slide, w shows the roster, and the keys of every screen that takes
// the slide (screenKey).
func (m *Presenter) joinKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Join, m.keys.Back):
		m.mode = modeSlides
	case key.Matches(msg, m.keys.Roster):
		m.toggleRoster()
	default:
		return m.screenKey(msg, "join screen · j or esc returns to the slide")
	}
	return nil
}

// screenKey handles the keys the join screen and the roster share: e
// saves the results, q asks to quit, ? opens the help, and anything else
// says how to go back (back).
func (m *Presenter) screenKey(msg tea.KeyPressMsg, back string) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Export):
		return m.export()
	case key.Matches(msg, m.keys.Quit):
		m.mode = modeQuit
	case key.Matches(msg, m.keys.Help):
		m.mode = modeHelp
	default:
		m.notice = back
	}
	return nil
}

// joinView is the join screen for the room: the command to type, the
// join code in block letters, the host key's fingerprint whole and how
// many have joined. The code and fingerprint are never cut: where block
// letters do not fit, the code is shown plain, and a fingerprint wider
// than the column wraps.
func (m *Presenter) joinView(lay slideview.Layout) string {
	st := m.ctx.Styles
	h := m.class.Hub
	w := lay.Width
	var lines []string
	add := func(s ...string) { lines = append(lines, s...) }

	add(st.App.Title.Render("Join the lecture"), "")
	add(st.App.Dim.Render("In a terminal, type:"))
	add(wrapWhole("  "+m.class.Connect, w, st.App.Subtitle.Bold(true).Render)...)
	add("")
	if m.class.KeysOnly {
		add(st.App.Dim.Render(textwrap.Wrap("Log in with your authorized SSH key; no join code is needed.", w, "")))
	} else {
		code := h.JoinCode()
		add(st.App.Dim.Render("and when asked, the join code:"))
		for _, r := range bigCode(code, w-2, lay.ContentLines-len(lines)-8) { // 8: the rows below
			add("  " + st.App.Title.Render(r))
		}
	}
	add("")
	add(st.App.Dim.Render("Host key (check it matches what ssh shows):"))
	add(wrapWhole("  "+m.class.Fingerprint, w, st.App.Subtitle.Render)...)
	add("")
	n := h.Students()
	add(st.App.Notice.Bold(true).Render(fmt.Sprintf("%d %s joined", n, plural(n, "student", "students"))))
	add("")
	add(st.App.Dim.Render("j or esc returns to the slide"))
	text := strings.Repeat("\n", lay.Top) + strings.Join(lines, "\n")
	return common.Frame(text, m.width, lay.Height, lay.Left)
}

// wrapWhole styles s, hard-wrapped to width so no character is lost.
func wrapWhole(s string, width int, style func(...string) string) []string {
	var out []string
	for _, l := range strings.Split(ansi.Hardwrap(s, max(width, 1), false), "\n") {
		out = append(out, style(l))
	}
	return out
}

// bigCode is the join code as large as fits width×rows: block letters
// doubled, else block letters, else the code plain.
func bigCode(code string, width, rows int) []string {
	big, ok := slideview.BigText(code, width/2)
	if ok && 2*len(big) <= rows {
		var out []string
		for _, r := range big {
			var b strings.Builder
			for _, c := range r {
				b.WriteRune(c)
				b.WriteRune(c)
			}
			out = append(out, b.String(), b.String())
		}
		return out
	}
	if big, ok := slideview.BigText(code, width); ok && len(big) <= rows {
		return big
	}
	return []string{code}
}
