package calculators

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
)

// jsonRow is the part of `faultline nines -o json` the screens show.
type jsonRow struct {
	Label           string             `json:"label"`
	Percent         string             `json:"percent"`
	Nines           *float64           `json:"nines"`
	DowntimeSeconds map[string]float64 `json:"downtime_seconds"`
}

// cliRow is the row `faultline nines -o json` prints for a, built by the
// same calls as cmd/faultline/nines.go.
func cliRow(t *testing.T, label string, a calc.Availability, window string) []byte {
	t.Helper()
	var w *calc.Period
	if window != "" {
		p, err := calc.ParseWindow(window)
		if err != nil {
			t.Fatal(err)
		}
		w = &p
	}
	out, err := calc.NewRow(label, a, w).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestNinesMatchesCLI types each input into the nines calculator, key by
// key, and checks that its figures are exactly those of
// `faultline nines INPUT [--window W] -o json`, and that the view shows them.
func TestNinesMatchesCLI(t *testing.T) {
	for _, in := range []struct{ value, window string }{
		{"99.95", ""}, {"99.9", "28d"}, {"4n", ""}, {"3.5 nines", "6h"}, {"99.999%", ""}, {"90", "1w"}, {"100", ""},
	} {
		t.Run(in.value+" "+in.window, func(t *testing.T) {
			m := sized(NewNines(testCtx(), "", ""), 100, 30)
			clear(m)
			typeText(m, in.value)
			keys(m, "tab")
			typeText(m, in.window)
			a, err := calc.ParseAvailability(in.value)
			if err != nil {
				t.Fatal(err)
			}
			want := cliRow(t, a.String(), a, in.window)
			got, err := m.Row().MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Fatalf("the TUI's row\n%s\nis not the CLI's\n%s", got, want)
			}
			var row jsonRow
			if err := json.Unmarshal(want, &row); err != nil {
				t.Fatal(err)
			}
			view := ansi.Strip(m.View())
			if !strings.Contains(view, row.Label) {
				t.Errorf("the view lacks the label %q", row.Label)
			}
			for period, sec := range row.DowntimeSeconds {
				d := calc.FormatDuration(time.Duration(math.Round(sec * 1e9)))
				if !strings.Contains(view, d) {
					t.Errorf("the view lacks the %s downtime %q", period, d)
				}
			}
		})
	}
}

// TestBudgetAndMTBFMatchCLI checks the budget and MTBF calculators against
// `faultline nines --downtime D --per P` and `--mtbf X --mttr Y`.
func TestBudgetAndMTBFMatchCLI(t *testing.T) {
	for _, c := range []struct{ budget, per string }{{"5m", "month"}, {"52m34s", "year"}, {"1h", "28d"}} {
		m := NewBudget(testCtx(), c.budget, c.per)
		d, _ := calc.ParseDuration(c.budget)
		p, _ := calc.ParsePeriod(c.per)
		want, err := calc.FromBudget(d, p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := m.Result()
		if err != nil || string(cliRow(t, got.String(), got, "")) != string(cliRow(t, want.String(), want, "")) {
			t.Errorf("budget %s per %s: TUI %s (%v), CLI %s", c.budget, c.per, got, err, want)
		}
	}
	for _, c := range []struct{ mtbf, mttr string }{{"30d", "4h"}, {"1000h", "45m"}} {
		m := NewMTBF(testCtx(), c.mtbf, c.mttr)
		x, _ := calc.ParseDuration(c.mtbf)
		y, _ := calc.ParseDuration(c.mttr)
		want, err := calc.FromMTBF(x, y)
		if err != nil {
			t.Fatal(err)
		}
		got := m.Rows()[0].A
		if string(cliRow(t, got.String(), got, "")) != string(cliRow(t, want.String(), want, "")) {
			t.Errorf("MTBF %s MTTR %s: TUI %s, CLI %s", c.mtbf, c.mttr, got, want)
		}
	}
}
