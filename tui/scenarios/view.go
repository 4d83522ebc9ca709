package scenarios

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/internal/scenario"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// The smallest room the player draws in; below it, it says what it needs.
const (
	minWidth  = 60
	minHeight = 14
)

// Heights of the lower panels: at least what they hold, and a third of a
// tall terminal, so the timeline shows more history there.
const (
	livePanelHeight = 10
	metricsWidth    = 30
)

// captionHold is how long, in simulated seconds, a key moment's caption stays
// on the canvas; paused, the clock stands still and the caption stays.
const captionHold = 12.0

// styles returns the cell styles from the current theme.
func (p *Player) styles() *[inkCount]lipgloss.Style {
	st := p.ctx.Styles
	p.inks = [inkCount]lipgloss.Style{
		inkLine:  st.Diagram.Arrow,
		inkGood:  st.Diagram.Good,
		inkWarn:  st.Diagram.Warn,
		inkBad:   st.Diagram.Bad,
		inkDim:   st.App.Dim,
		inkDot:   lipgloss.NewStyle().Foreground(st.Palette.Accent),
		inkLabel: st.Diagram.Label,
	}
	return &p.inks
}

// View implements common.Screen.
func (p *Player) View() string {
	w, h := p.width, p.height
	if w < minWidth || h < minHeight {
		msg := fmt.Sprintf("The scenario player needs at least %d×%d of room (a window of about %d×%d); it has %d×%d.",
			minWidth, minHeight, minWidth+2, minHeight+3, w, h)
		return common.Fit(lipgloss.NewStyle().Width(max(1, w)).Render(msg), w, h)
	}
	inks := p.styles()
	parts := []string{p.header(w)}
	if p.challenge != nil {
		goal := p.goalLines(w)
		parts = append(parts, goal...)
		h -= len(goal)
	}
	if p.mode == modeEdit {
		parts = append(parts, p.formView(w, h-2))
	} else {
		need := len(figureRows(p.snap.Metrics, p.hasPrimary())) + 1
		if p.mode == modeSummary {
			need += 3 + len(p.verdictLines(w)) // the run row, the note on time (it may wrap), the verdict
		}
		panelH := max(livePanelHeight, need, min(h/3, 20))
		diagramH := max(3, h-2-panelH)
		panelH = h - 2 - diagramH
		caption := p.captionLines(w, diagramH-3)
		c := newCanvas(w, diagramH-len(caption), inks)
		ok := drawDiagram(c, p.snap, p.scale, p.ticks)
		diagram := c.String()
		if !ok {
			diagram = p.nodeList(w)
		}
		diagram = strings.Join(append(caption, padLines(diagram, diagramH-len(caption))), "\n")
		var panel string
		if p.mode == modeSummary {
			panel = p.summaryView(w)
		} else {
			panel = p.liveView(w, panelH)
		}
		parts = append(parts, padLines(diagram, diagramH), p.statusLine(p.scale, ok, w), common.Fit(panel, w, panelH))
	}
	return common.Fit(strings.Join(parts, "\n"), w, h)
}

// padLines makes s exactly n lines tall.
func padLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	for len(lines) < n {
		lines = append(lines, "")
	}
	return strings.Join(lines[:n], "\n")
}

// header names the scenario, whether it plays, the time and the speed.
func (p *Player) header(w int) string {
	st := p.ctx.Styles
	state := st.Diagram.Good.Render("▶ playing")
	switch {
	case p.ended:
		state = st.App.Dim.Render("■ ended")
	case !p.playing:
		state = st.Diagram.Warn.Render("‖ paused")
	}
	left := st.App.Title.Render(p.spec.Title) + "  " + state
	// The clock is kept whole; the speed and frame rate give way first.
	clock := fmt.Sprintf("t %.1f s of %.0f s", p.snap.T, p.spec.Duration.Seconds())
	speed := " · ×" + trimFloat(speeds[p.speed])
	fps := fmt.Sprintf(" · ≤%d fps", FPS)
	for _, r := range []string{clock + speed + fps, clock + speed, clock} {
		right := st.App.Subtitle.Render(r)
		if gap := w - lipgloss.Width(left) - lipgloss.Width(right); gap >= 2 {
			return left + strings.Repeat(" ", gap) + right
		}
	}
	right := st.App.Subtitle.Render(clock)
	title := common.Cut(p.spec.Title, max(1, w-lipgloss.Width(right)-lipgloss.Width(state)-4))
	return ansi.Truncate(st.App.Title.Render(title)+"  "+state+"  "+right, w, "")
}

func trimFloat(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%g", f), ".0") }

// captionLines is the latest key moment's sentence, wrapped to w on at most
// two lines and at most room lines, while it is fresh; none otherwise.
func (p *Player) captionLines(w, room int) []string {
	c := p.caption
	if c.Say == "" || p.snap.T-c.T > captionHold || room < 1 {
		return nil
	}
	st := p.inks[eventInk(c.Kind)].Bold(true)
	text := fmt.Sprintf("» %.1f s  %s", c.T, c.Say)
	lines := strings.Split(textwrap.Wrap(text, w-2, ""), "\n")
	if len(lines) > min(2, room) {
		lines = lines[:min(2, room)]
		lines[len(lines)-1] = common.Cut(lines[len(lines)-1], w-3)
	}
	for i, l := range lines {
		if i > 0 {
			l = "  " + l
		}
		lines[i] = " " + st.Render(l)
	}
	return lines
}

// statusLine is the latest message, or the legend of the diagram, at
// most w columns: on a narrow screen the legend closes up and says the
// scale shorter before anything is cut.
func (p *Player) statusLine(scale int, drawn bool, w int) string {
	st := p.ctx.Styles
	if p.status != "" {
		if p.statusOK {
			return st.App.Notice.Render(p.status)
		}
		return st.App.Error.Render(p.status)
	}
	if !drawn {
		return st.App.Dim.Render("✓ up  ◐ starting  ✕ down  ▲ overloaded  ○ off or removed")
	}
	noun := "requests"
	if scale == 1 {
		noun = "request"
	}
	marks := []struct {
		r    rune
		k    ink
		what string
	}{{glyphInFlight, inkDot, "in flight"}, {glyphFailed, inkBad, "failed"}, {glyphTimedOut, inkWarn, "timed out"}, {glyphRejected, inkBad, "rejected"}}
	var line string
	for _, form := range []struct{ gap, scale string }{
		{"  ", fmt.Sprintf("· one mark = %d %s", scale, noun)},
		{" ", fmt.Sprintf("· one mark = %d %s", scale, noun)},
		{" ", fmt.Sprintf("· 1 mark = %d %s", scale, noun)},
		{" ", fmt.Sprintf("· 1 mark = %d", scale)},
	} {
		line = ""
		for _, m := range marks {
			line += p.inks[m.k].Render(string(m.r)) + st.App.Dim.Render(" "+m.what+form.gap)
		}
		line += st.App.Dim.Render(form.scale)
		if lipgloss.Width(line) <= w {
			return line
		}
	}
	return common.Cut(line, w)
}

// nodeList is the diagram's stand-in when it cannot fit: each node and its
// state on one line.
func (p *Player) nodeList(w int) string {
	var parts []string
	for _, n := range p.snap.Nodes {
		parts = append(parts, p.inks[inkLabel].Render(n.Name)+" "+p.inks[stateInk(n.State)].Render(n.State))
	}
	return lipgloss.NewStyle().Width(w).Render(strings.Join(parts, " · "))
}

// liveView is the timeline beside the live figures.
func (p *Player) liveView(w, h int) string {
	mw := min(metricsWidth, w/2)
	tw := w - mw - 2
	timeline := p.timeline(tw, h)
	figures := p.figures(mw)
	return lipgloss.JoinHorizontal(lipgloss.Top,
		lipgloss.NewStyle().Width(tw).Render(timeline), "  ", figures)
}

// eventInk colours an event by what it means for the service.
func eventInk(kind string) ink {
	switch kind {
	case scenario.KindCrash, scenario.KindLinkCut, scenario.KindSlowdown, scenario.KindWriteLost,
		scenario.KindOverload, scenario.KindBreakerOpen, scenario.KindRetryStorm, scenario.KindNodeRemoved:
		return inkBad
	case scenario.KindHeartbeatMissed, scenario.KindHealthCheckFailed, scenario.KindFailureDetected,
		scenario.KindFailoverStarted, scenario.KindStandbyBooting, scenario.KindBreakerHalfOpen, scenario.KindReplicationLag:
		return inkWarn
	case scenario.KindPromoted, scenario.KindRecovered, scenario.KindBreakerClosed, scenario.KindHeal:
		return inkGood
	}
	return inkDim
}

// timeline lists the most recent events, newest last.
func (p *Player) timeline(w, h int) string {
	st := p.ctx.Styles
	lines := []string{st.Table.Header.UnsetPadding().Render("Timeline")}
	n := max(0, h-1)
	if len(p.events) == 0 {
		lines = append(lines, st.App.Dim.Render("nothing has happened yet"))
	}
	// Newest first until the room is full, then put back in time order:
	// every event shown with all its text, so none is cut mid-word; the
	// oldest give way when there is no room for them.
	var blocks [][]string
	used := 0
	for i := len(p.events) - 1; i >= 0; i-- {
		block := p.eventLines(p.events[i], w)
		if used+len(block) > n {
			if used == 0 && n > 0 {
				block = block[:n]
				block[n-1] = common.Cut(block[n-1]+" …", w)
				blocks = append(blocks, block)
			}
			break
		}
		blocks = append(blocks, block)
		used += len(block)
	}
	for i := len(blocks) - 1; i >= 0; i-- {
		lines = append(lines, blocks[i]...)
	}
	return strings.Join(lines, "\n")
}

// eventText is what an event says: its node and detail, or just the one
// it has (a heal clears every fault and names no node).
func eventText(e scenario.Event) string {
	switch {
	case e.Say != "":
		return e.Say
	case e.Node == "":
		return e.Detail
	case e.Detail == "":
		return e.Node
	}
	return e.Node + ": " + e.Detail
}

// eventIndent is how far a timeline event's text is indented when it does
// not fit beside the time and kind.
const eventIndent = 8

// eventLines is one timeline event: time, kind and what happened on one
// line when it fits w; else the text wrapped on the lines below it, so a
// student reads the whole explanation rather than its first words.
func (p *Player) eventLines(e scenario.Event, w int) []string {
	st := p.ctx.Styles
	what := eventText(e)
	head := st.App.Dim.Render(fmt.Sprintf("%5.1f s ", e.T)) + p.inks[eventInk(e.Kind)].Render(fmt.Sprintf("%-19s ", e.Kind))
	if lipgloss.Width(head)+lipgloss.Width(what) <= w {
		return []string{head + what}
	}
	indent := min(eventIndent, max(0, w-8))
	lines := []string{common.Cut(strings.TrimRight(head, " "), w)}
	for _, l := range strings.Split(textwrap.Wrap(what, max(1, w-indent), ""), "\n") {
		lines = append(lines, strings.Repeat(" ", indent)+l)
	}
	return lines
}

// figureRows are the figures a run is judged by, as label and value, two
// to a row where they belong together, so the panel stays short enough to
// leave the drawing room at 80×24; with a primary, also how long there was
// none and the writes two primaries made.
func figureRows(m scenario.Metrics, withPrimary bool) [][2]string {
	a := calc.FromFraction(m.Availability)
	rows := [][2]string{
		{"served", count(m.RequestsOK)},
		{"failed · late", count(m.RequestsFailed) + " · " + count(m.RequestsLate)},
		{"availability", a.String() + " (" + calc.NinesText(a) + ")"},
		{"downtime >50%", seconds(m.DowntimeSeconds)},
		{"degraded >5%", seconds(m.DegradedSeconds)},
		{"p50 · p99 wait", seconds(m.LatencyP50) + " · " + seconds(m.LatencyP99)},
		{"detect · recover", seconds(m.DetectSeconds) + " · " + seconds(m.RecoverSeconds)},
		{"writes lost", count(m.WritesLost)},
	}
	if withPrimary {
		rows[len(rows)-1] = [2]string{"lost · conflicting", count(m.WritesLost) + " · " + count(m.ConflictingWrites)}
		rows = append(rows, [2]string{"no primary", seconds(m.NoPrimarySeconds)})
	}
	rows = append(rows, [2]string{"wasted calls", count(m.WastedCalls)})
	for _, path := range m.Paths {
		rows = append(rows, [2]string{path.Name + " served", calc.FromFraction(path.Availability).String()})
	}
	return rows
}

// count writes a count as every figure of the course does: 11,700.
func count(n int) string { return calc.GroupThousands(float64(n)) }

// seconds formats a time metric; one not observed (yet) is a dash.
func seconds(s float64) string {
	if s == scenario.NotObserved {
		return "—"
	}
	return fmt.Sprintf("%.1f s", s)
}

// figures is the live metrics panel.
func (p *Player) figures(w int) string {
	st := p.ctx.Styles
	lines := []string{st.Table.Header.UnsetPadding().Render("Live figures")}
	for _, r := range figureRows(p.snap.Metrics, p.hasPrimary()) {
		lines = append(lines, row(st.App.Dim.Render(r[0]), r[1], w))
	}
	return strings.Join(lines, "\n")
}

// row puts label on the left and value on the right of w columns.
func row(label, value string, w int) string {
	gap := w - lipgloss.Width(label) - lipgloss.Width(value)
	if gap < 1 {
		return common.Cut(label+" "+value, w)
	}
	return label + strings.Repeat(" ", gap) + value
}

// hasPrimary reports whether the scenario has a primary, and so the figures
// about having none or two.
func (p *Player) hasPrimary() bool {
	for _, n := range p.snap.Nodes {
		if n.Role == scenario.RolePrimary {
			return true
		}
	}
	return false
}

// MinSize is the least room the player draws in; with less it says what
// it needs instead.
func (p *Player) MinSize() (width, height int) { return minWidth, minHeight }
