package calculators

import (
	"testing"
	"time"

	"faultline/calc"
)

func TestMTBFUpdate(t *testing.T) {
	from := func(mtbf, mttr time.Duration) calc.Availability {
		a, err := calc.FromMTBF(mtbf, mttr)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	day := 24 * time.Hour
	tests := []struct {
		name    string
		keys    []string
		text    string
		want    [3]calc.Availability
		wantErr bool
	}{
		{"the default", nil, "", [3]calc.Availability{from(30*day, 4*time.Hour), from(30*day, 2*time.Hour), from(60*day, 4*time.Hour)}, false},
		{"type an MTBF", []string{"ctrl+u"}, "10d", [3]calc.Availability{from(10*day, 4*time.Hour), from(10*day, 2*time.Hour), from(20*day, 4*time.Hour)}, false},
		{"type an MTTR", []string{"tab", "ctrl+u"}, "45m", [3]calc.Availability{from(30*day, 45*time.Minute), from(30*day, 45*time.Minute/2), from(60*day, 45*time.Minute)}, false},
		{"zero MTTR", []string{"shift+tab", "ctrl+u"}, "0s", [3]calc.Availability{from(30*day, 0), from(30*day, 0), from(60*day, 0)}, false},
		{"bad MTTR keeps the last", []string{"tab"}, "x", [3]calc.Availability{from(30*day, 4*time.Hour), from(30*day, 2*time.Hour), from(60*day, 4*time.Hour)}, true},
		{"zero MTBF refused", []string{"ctrl+u"}, "0s", [3]calc.Availability{from(30*day, 4*time.Hour), from(30*day, 2*time.Hour), from(60*day, 4*time.Hour)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sized(NewMTBF(testCtx(), "30d", "4h"), 100, 30)
			keys(m, tt.keys...)
			typeText(m, tt.text)
			rows := m.Rows()
			for i, w := range tt.want {
				if rows[i].A.Cmp(w) != 0 {
					t.Errorf("row %d: %s, want %s", i, rows[i].A, w)
				}
			}
			if (m.Err() != nil) != tt.wantErr {
				t.Errorf("err %v, want error: %v", m.Err(), tt.wantErr)
			}
		})
	}
	if m := NewMTBF(testCtx(), "", ""); !isBack(t, m.Update(press("esc"))) {
		t.Error("esc must go back")
	}
}
