package calculators

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/calc"
)

func TestNinesUpdate(t *testing.T) {
	tests := []struct {
		name    string
		start   string
		keys    []string
		text    string
		want    string // the availability shown, as calc prints it
		field   string // the field's text after, when not empty
		wantErr bool
	}{
		{"type a percentage", "99.95", []string{"ctrl+u"}, "99.9", "99.9%", "99.9", false},
		{"type nines", "99.95", []string{"ctrl+u"}, "4n", "99.99%", "4n", false},
		{"q types", "99.95", []string{"ctrl+u"}, "q", "99.95%", "q", true},
		{"invalid keeps the last valid", "99.95", nil, "x", "99.95%", "99.95x", true},
		{"a tenth up", "99.9", []string{"+"}, "", calc.FromNines(3.1).String(), "3.1 nines", false},
		{"a tenth down by arrow", "99.9", []string{"down"}, "", calc.FromNines(2.9).String(), "2.9 nines", false},
		{"a whole nine up", "99.9", []string{"]"}, "", "99.99%", "4 nines", false},
		{"a whole nine down", "99.9", []string{"shift+down"}, "", "99%", "2 nines", false},
		{"nudge snaps to tenths", "99.95", []string{"up"}, "", calc.FromNines(3.4).String(), "3.4 nines", false},
		{"nudge from an invalid field", "99.9", []string{"ctrl+u", "x", "]"}, "", "99.99%", "4 nines", false},
		{"floor at zero nines", "90", []string{"[", "[", "["}, "", "0%", "0 nines", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sized(NewNines(testCtx(), tt.start, ""), 100, 30)
			keys(m, tt.keys...)
			typeText(m, tt.text)
			if got := m.Row().A.String(); got != tt.want {
				t.Errorf("availability %s, want %s", got, tt.want)
			}
			if m.Value() != tt.field {
				t.Errorf("field %q, want %q", m.Value(), tt.field)
			}
			if (m.Err() != nil) != tt.wantErr {
				t.Errorf("err %v, want error: %v", m.Err(), tt.wantErr)
			}
		})
	}
}

func TestNinesWindowAndBack(t *testing.T) {
	m := sized(NewNines(testCtx(), "99.9", ""), 100, 30)
	if !m.Capturing() {
		t.Error("a focused field must capture q and ?")
	}
	keys(m, "tab")
	typeText(m, "28d")
	if w := m.Row().Window; w == nil || w.Name != "28d" {
		t.Fatalf("window %v, want 28d", w)
	}
	keys(m, "shift+tab")
	typeText(m, "9")
	if got := m.Value(); got != "99.99" {
		t.Errorf("after shift+tab typing went to %q, want the availability field", got)
	}
	if !isBack(t, m.Update(press("esc"))) {
		t.Error("esc must go back")
	}
}

func TestNudgeNines(t *testing.T) {
	tests := []struct {
		a    calc.Availability
		step float64
		want string
	}{
		{calc.MustParseAvailability("99.9"), 0.1, "3.1 nines"},
		{calc.MustParseAvailability("99.9"), -1, "2 nines"},
		{calc.MustParseAvailability("100"), -0.1, "8.9 nines"},
		{calc.MustParseAvailability("100"), 1, "9 nines"},
		{calc.MustParseAvailability("0"), -1, "0 nines"},
	}
	for _, tt := range tests {
		got := NudgeNines(tt.a, tt.step)
		if got != tt.want {
			t.Errorf("NudgeNines(%s, %v) = %q, want %q", tt.a, tt.step, got, tt.want)
		}
		if _, err := calc.ParseAvailability(got); err != nil {
			t.Errorf("calc does not read %q: %v", got, err)
		}
	}
}

func TestBarLength(t *testing.T) {
	year := calc.Year.Length
	tests := []struct {
		nines float64
		want  int
	}{{1, 70}, {2, 60}, {4, 40}, {7, 10}, {0, 70}}
	for _, tt := range tests {
		d := calc.FromNines(tt.nines).Downtime(year)
		if got := BarLength(int64(d), 70); got != tt.want {
			t.Errorf("%v nines: bar %d, want %d", tt.nines, got, tt.want)
		}
	}
	if got := BarLength(0, 70); got != 0 {
		t.Errorf("no downtime: bar %d, want 0", got)
	}
}

// TestChartTitleFitsAt80 checks that the chart's title, which says how
// to read its log scale, is read whole in an 80-column window.
func TestChartTitleFitsAt80(t *testing.T) {
	a, err := calc.ParseAvailability("99.95")
	if err != nil {
		t.Fatal(err)
	}
	title := strings.SplitN(ansi.Strip(chart(a, testCtx().Styles, 78)), "\n", 2)[0]
	if w := ansi.StringWidth(title); w > 78 || !strings.Contains(title, "log scale") {
		t.Errorf("chart title is %d columns at 78: %q", w, title)
	}
}
