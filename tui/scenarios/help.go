package scenarios

import (
	"charm.land/bubbles/v2/key"

	"faultline/internal/scenario"
	"faultline/tui/common"
)

// ShortHelp implements help.KeyMap. The app drops the last entries until
// the line fits, so play, step, crash and esc back come first, and the
// form's entries are short enough to keep esc cancel, at 80 columns.
func (p *Player) ShortHelp() []key.Binding {
	k := p.keys
	if p.mode == modeEdit {
		return []key.Binding{k.FormUp, k.FormLess, common.WithHelp(k.FormApply, "enter", "apply"), k.FormCancel}
	}
	return []key.Binding{k.Play, k.Step, p.crashKey(), k.Back, k.Faster, k.Restart, k.Edit, k.Summary}
}

// crashKey is the crash binding named after what it crashes: "crash
// primary" in active-passive scenarios, else the node ("crash db").
func (p *Player) crashKey() key.Binding {
	target := p.sim.Target()
	for _, n := range p.snap.Nodes {
		if n.Name == target && n.Role == scenario.RolePrimary {
			target = "primary"
		}
	}
	return common.WithHelp(p.keys.Crash, "x", "crash "+target)
}

// FullHelp implements help.KeyMap. Each key is named once: the short
// help's paired entries (+/-, ↑/↓, ←/→) are split into their halves.
func (p *Player) FullHelp() [][]key.Binding {
	k := p.keys
	if p.mode == modeEdit {
		return [][]key.Binding{
			{common.WithHelp(k.FormUp, "↑/⇧tab", "previous parameter"), common.WithHelp(k.FormDown, "↓/tab", "next parameter")},
			{common.WithHelp(k.FormLess, "←", "less"), common.WithHelp(k.FormMore, "→", "more"), k.FormErase},
			{k.FormApply, k.FormCancel},
		}
	}
	return [][]key.Binding{
		{k.Play, k.Step, common.WithHelp(k.Faster, "+", "faster"), k.Slower, k.Restart},
		{p.crashKey(), k.Cut, k.Slow, k.Heal},
		{k.Edit, k.Mark, k.Summary, k.Challenge, k.Back},
	}
}
