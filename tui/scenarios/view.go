package scenarios

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
	"faultline/internal/scenario"
	"faultline/tui/common"
)

// The smallest room the player draws in; below it, it says what it needs.
const (
	minWidth  = 60
	minHeight = 14
)

// Heights of the lower panels.
const (
	livePanelHeight    = 10
	summaryPanelHeight = 11
	metricsWidth       = 30
)

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
	if p.mode == modeEdit {
		parts = append(parts, p.formView(w, h-2))
	} else {
		panelH := livePanelHeight
		if p.mode == modeSummary {
			panelH = summaryPanelHeight
		}
		diagramH := max(3, h-2-panelH)
		panelH = h - 2 - diagramH
		c := newCanvas(w, diagramH, inks)
		scale, ok := drawDiagram(c, p.snap, p.ticks)
		diagram := c.String()
		if !ok {
			diagram = p.nodeList(w)
		}
		var panel string
		if p.mode == modeSummary {
			panel = p.summaryView(w)
		} else {
			panel = p.liveView(w, panelH)
		}
		parts = append(parts, padLines(diagram, diagramH), p.statusLine(scale, ok), common.Fit(panel, w, panelH))
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
	case p.sim.Done():
		state = st.App.Dim.Render("■ ended")
	case !p.playing:
		state = st.Diagram.Warn.Render("‖ paused")
	}
	left := st.App.Title.Render(p.spec.Title) + "  " + state
	right := st.App.Subtitle.Render(fmt.Sprintf("t %.1f s of %.0f s · ×%s · ≤%d fps",
		p.snap.T, p.spec.Duration.Seconds(), trimFloat(speeds[p.speed]), FPS))
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

func trimFloat(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%g", f), ".0") }

// statusLine is the latest message, or the legend of the diagram.
func (p *Player) statusLine(scale int, drawn bool) string {
	st := p.ctx.Styles
	if p.status != "" {
		if p.statusOK {
			return st.App.Notice.Render(p.status)
		}
		return st.App.Error.Render(p.status)
	}
	var b strings.Builder
	if drawn {
		noun := "requests"
		if scale == 1 {
			noun = "request"
		}
		b.WriteString(lipgloss.NewStyle().Foreground(st.Palette.Accent).Render("●") + st.App.Dim.Render(fmt.Sprintf(" = %d %s in flight  ", scale, noun)))
	}
	b.WriteString(st.Diagram.Good.Render("■") + st.App.Dim.Render(" up  ") +
		st.Diagram.Warn.Render("■") + st.App.Dim.Render(" starting  ") +
		st.Diagram.Bad.Render("■") + st.App.Dim.Render(" down/overloaded  ") +
		st.App.Dim.Render("■ off/removed"))
	return b.String()
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
	// the newest event with all its text, the older ones one line each.
	var blocks [][]string
	used := 0
	for i := len(p.events) - 1; i >= 0; i-- {
		block := p.eventLines(p.events[i], w, i == len(p.events)-1)
		if used+len(block) > n {
			if used == 0 && n > 0 {
				blocks = append(blocks, block[:n])
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
// line when it fits w; else, when full, the text wrapped on the lines below
// it, so a student reads the whole explanation rather than its first words,
// or when not full, the one line cut short.
func (p *Player) eventLines(e scenario.Event, w int, full bool) []string {
	st := p.ctx.Styles
	what := eventText(e)
	head := st.App.Dim.Render(fmt.Sprintf("%6.1fs ", e.T)) + p.inks[eventInk(e.Kind)].Render(fmt.Sprintf("%-19s ", e.Kind))
	if !full || lipgloss.Width(head)+lipgloss.Width(what) <= w || w <= eventIndent+8 {
		return []string{ansi.Truncate(head+what, w, "…")}
	}
	lines := []string{ansi.Truncate(strings.TrimRight(head, " "), w, "…")}
	for _, l := range strings.Split(ansi.Wrap(what, w-eventIndent, ""), "\n") {
		lines = append(lines, strings.Repeat(" ", eventIndent)+l)
	}
	return lines
}

// figureRows are the figures a run is judged by, as label and value.
func figureRows(m scenario.Metrics) [][2]string {
	a := calc.FromFraction(m.Availability)
	return [][2]string{
		{"served", fmt.Sprint(m.RequestsOK)},
		{"failed", fmt.Sprint(m.RequestsFailed)},
		{"availability", a.Percent() + " %"},
		{"nines", calc.NinesText(a)},
		{"downtime", seconds(m.DowntimeSeconds)},
		{"detected after", seconds(m.DetectSeconds)},
		{"recovered after", seconds(m.RecoverSeconds)},
		{"writes lost", fmt.Sprint(m.WritesLost)},
		{"wasted calls", fmt.Sprint(m.WastedCalls)},
	}
}

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
	for _, r := range figureRows(p.snap.Metrics) {
		lines = append(lines, row(st.App.Dim.Render(r[0]), r[1], w))
	}
	return strings.Join(lines, "\n")
}

// row puts label on the left and value on the right of w columns.
func row(label, value string, w int) string {
	gap := w - lipgloss.Width(label) - lipgloss.Width(value)
	if gap < 1 {
		return ansi.Truncate(label+" "+value, w, "…")
	}
	return label + strings.Repeat(" ", gap) + value
}
