package calculators

import (
	"testing"
	"time"

	"faultline/calc"
)

func TestBudgetUpdate(t *testing.T) {
	mustBudget := func(d time.Duration, p calc.Period) calc.Availability {
		a, err := calc.FromBudget(d, p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	w28, _ := calc.ParseWindow("28d")
	tests := []struct {
		name    string
		keys    []string
		text    string
		want    calc.Availability
		wantErr bool
	}{
		{"the default", nil, "", mustBudget(5*time.Minute, calc.Month), false},
		{"type a budget", []string{"ctrl+u"}, "52m34s", mustBudget(52*time.Minute+34*time.Second, calc.Month), false},
		{"pick the next period", []string{"tab", "right"}, "", mustBudget(5*time.Minute, calc.Quarter), false},
		{"pick with h", []string{"tab", "h", "h"}, "", mustBudget(5*time.Minute, calc.Day), false},
		{"the picker wraps", []string{"tab", "l", "l", "l", "l"}, "", mustBudget(5*time.Minute, calc.Day), false},
		{"custom window", []string{"tab", "right", "right", "right", "tab"}, "28d", mustBudget(5*time.Minute, w28), false},
		{"custom window empty", []string{"tab", "right", "right", "right"}, "", mustBudget(5*time.Minute, calc.Year), true},
		{"bad budget keeps the last result", nil, "x", mustBudget(5*time.Minute, calc.Month), true},
		{"budget longer than the day", []string{"tab", "left", "left", "shift+tab", "ctrl+u"}, "2d", mustBudget(5*time.Minute, calc.Day), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sized(NewBudget(testCtx(), "5m", "month"), 100, 30)
			keys(m, tt.keys...)
			typeText(m, tt.text)
			a, err := m.Result()
			if a.Cmp(tt.want) != 0 {
				t.Errorf("availability %s, want %s", a, tt.want)
			}
			if (err != nil) != tt.wantErr {
				t.Errorf("err %v, want error: %v", err, tt.wantErr)
			}
		})
	}
}

func TestBudgetFocusAndBack(t *testing.T) {
	m := sized(NewBudget(testCtx(), "", ""), 100, 30)
	if !m.Capturing() {
		t.Error("the budget field must capture keys")
	}
	keys(m, "tab")
	if m.Capturing() {
		t.Error("the period picker must leave q and ? to the root")
	}
	keys(m, "tab")
	if !m.Capturing() {
		t.Error("tab from the picker must return to the budget field")
	}
	if !isBack(t, m.Update(press("esc"))) {
		t.Error("esc must go back")
	}
}
