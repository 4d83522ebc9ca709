package presenter

import tea "charm.land/bubbletea/v2"

// resultsSavedMsg reports how saving the results went: what was written,
// or why nothing was.
type resultsSavedMsg struct {
	saved string
	err   error
}

// export saves the lecture's results in the background (e), or says why
// it cannot.
func (m *Presenter) export() tea.Cmd {
	switch {
	case m.class == nil || m.class.Hub == nil:
		m.notice = notServedNotice
		return nil
	case m.class.SaveResults == nil:
		m.notice = "this lecture keeps no results"
		return nil
	}
	save := m.class.SaveResults
	m.notice = "saving the results…"
	return func() tea.Msg {
		saved, err := save()
		return resultsSavedMsg{saved: saved, err: err}
	}
}

// resultsSaved shows how saving went until the next key.
func (m *Presenter) resultsSaved(msg resultsSavedMsg) {
	if msg.err != nil {
		m.notice = "results not saved: " + msg.err.Error()
		return
	}
	m.notice = "results saved: " + msg.saved
}
