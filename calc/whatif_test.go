package calc

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestWhatIfMTBF(t *testing.T) {
	cases, err := WhatIfMTBF(30*24*time.Hour, 4*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		label      string
		mtbf, mttr time.Duration
		percent    string
	}{
		{"as given", 720 * time.Hour, 4 * time.Hour, "99.447"},
		{"MTTR halved", 720 * time.Hour, 2 * time.Hour, "99.72"},
		{"MTBF doubled", 1440 * time.Hour, 4 * time.Hour, "99.72"},
	}
	if len(cases) != len(want) {
		t.Fatalf("%d cases, want %d", len(cases), len(want))
	}
	for i, w := range want {
		c := cases[i]
		if c.Label != w.label || c.MTBF != w.mtbf || c.MTTR != w.mttr || !strings.HasPrefix(c.A.String(), w.percent) {
			t.Errorf("case %d = %s %v %v %s, want %s %v %v %s…", i, c.Label, c.MTBF, c.MTTR, c.A, w.label, w.mtbf, w.mttr, w.percent)
		}
	}
	if _, err := WhatIfMTBF(0, time.Hour); err == nil {
		t.Error("an MTBF of zero was accepted")
	}
	if cases, err := WhatIfMTBF(math.MaxInt64/2+1, time.Hour); err != nil || len(cases) != 2 {
		t.Errorf("an MTBF too long to double: %d cases, %v; want the two that fit", len(cases), err)
	}
}

func TestParseMTBFArgs(t *testing.T) {
	if mtbf, mttr, err := ParseMTBFArgs([]string{"30d", "4h"}); err != nil || mtbf != 720*time.Hour || mttr != 4*time.Hour {
		t.Errorf("30d 4h = %v %v %v", mtbf, mttr, err)
	}
	for args, want := range map[string]string{"1h": "MTBF and MTTR, got 1", "0s 1h": "MTBF", "1h x": `"x"`} {
		if _, _, err := ParseMTBFArgs(strings.Fields(args)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err %v, want one naming %s", args, err, want)
		}
	}
}
