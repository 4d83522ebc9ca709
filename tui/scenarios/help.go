package scenarios

import "charm.land/bubbles/v2/key"

// ShortHelp implements help.KeyMap.
func (p *Player) ShortHelp() []key.Binding {
	k := p.keys
	if p.mode == modeEdit {
		return []key.Binding{k.FormUp, k.FormLess, k.FormApply, k.FormCancel}
	}
	return []key.Binding{k.Play, k.Step, k.Faster, k.Restart, k.Crash, k.Edit, k.Summary, k.Back}
}

// FullHelp implements help.KeyMap.
func (p *Player) FullHelp() [][]key.Binding {
	k := p.keys
	if p.mode == modeEdit {
		return [][]key.Binding{{k.FormUp, k.FormDown}, {k.FormLess, k.FormMore}, {k.FormApply, k.FormCancel}}
	}
	return [][]key.Binding{
		{k.Play, k.Step, k.Faster, k.Slower, k.Restart},
		{k.Crash, k.Cut, k.Slow, k.Heal},
		{k.Edit, k.Mark, k.Summary, k.Back},
	}
}
