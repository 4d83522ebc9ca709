package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/internal/progress"
	"faultline/tui/common"
	"faultline/tui/theme"
)

// TestCorruptProgressNoticeStays: a corrupt progress file is moved aside,
// and the notice naming its new place wraps whole at 80 columns, stays
// while the student moves about, and goes with esc, which then goes back
// as usual.
func TestCorruptProgressNoticeStays(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, progress.FileName)
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	opt := Options{Course: course(t), Bank: bank(t), NoColor: true, Store: progress.Open(path)}
	ctx, notice := NewContext(opt)
	opt.Notice = notice
	m := New(ctx, opt.Config)
	send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	moved, _ := filepath.Glob(path + ".corrupt-*")
	if len(moved) != 1 {
		t.Fatalf("moved aside: %v, want one file", moved)
	}
	flat := func() string { return strings.Join(strings.Fields(screen(m)), "") }
	if !strings.Contains(flat(), moved[0]) || !strings.Contains(flat(), "(escdismisses)") {
		t.Fatalf("the notice does not name %s whole:\n%s", moved[0], screen(m))
	}
	for _, l := range strings.Split(screen(m), "\n") {
		if lipgloss.Width(l) > 80 {
			t.Errorf("a line is %d wide: %q", lipgloss.Width(l), l)
		}
	}
	keys(t, m, "j", "enter") // the lesson list
	if !strings.Contains(flat(), moved[0]) {
		t.Fatalf("the notice went when the student moved on:\n%s", screen(m))
	}
	keys(t, m, "esc")
	if strings.Contains(flat(), moved[0]) || len(m.stack) != 2 {
		t.Fatalf("esc did not dismiss the notice alone (%d screens open):\n%s", len(m.stack), screen(m))
	}
	keys(t, m, "esc")
	if len(m.stack) != 1 {
		t.Errorf("esc after the notice did not go back: %d screens open", len(m.stack))
	}
}

// TestNoticeFitsSmallWindows: a long notice takes at most half of the
// window and leaves every line inside it.
func TestNoticeFitsSmallWindows(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {200, 60}} {
		m := New(&common.Context{Styles: theme.New(true)}, Config{Notice: strings.Repeat("a long notice about a file ", 20)})
		send(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(screen(m), "\n")
		if len(lines) > size[1] {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for _, l := range lines {
			if lipgloss.Width(l) > size[0] {
				t.Errorf("%v: line %q is %d wide", size, l, lipgloss.Width(l))
			}
		}
		if got := len(m.noticeLines()); got > max(1, size[1]/2) {
			t.Errorf("%v: the notice takes %d lines", size, got)
		}
	}
}
