package calculators

import (
	"fmt"
	"math"
	"strings"

	"faultline/calc"
	"faultline/tui/theme"
)

// chartNines is how many classic rows the chart shows: one to seven nines.
const chartNines = 7

// BarLength is the length, in cells of a bar width cells long, of the bar
// for a yearly downtime on the chart's log scale: each nine from one to
// seven is one equal step, seven nines is one step long, one nine the whole
// width. Longer downtime is capped at width and none is 0.
func BarLength(downtime, width int64) int {
	year := calc.Year.Length.Seconds()
	sec := float64(downtime) / 1e9
	if sec <= 0 || width <= 0 {
		return 0
	}
	// steps counts how many tenfold steps sec sits above the eighth nine.
	steps := math.Log10(sec/year) + chartNines + 1
	n := int(math.Round(steps / chartNines * float64(width)))
	return max(0, min(int(width), n))
}

// chart draws yearly downtime for one to seven nines on a log scale, with
// a marked row for a placed where it falls.
func chart(a calc.Availability, st theme.Styles, width int) string {
	type bar struct {
		label string
		a     calc.Availability
		mark  bool
	}
	var bars []bar
	placed := false
	for k := 1; k <= chartNines; k++ {
		c := calc.FromNines(float64(k))
		if !placed && a.Cmp(c) < 0 {
			bars = append(bars, bar{"▶ " + a.String(), a, true})
			placed = true
		}
		unit := "nines"
		if k == 1 {
			unit = "nine"
		}
		bars = append(bars, bar{fmt.Sprintf("%d %-5s %s", k, unit, c), c, false})
	}
	if !placed {
		bars = append(bars, bar{"▶ " + a.String(), a, true})
	}
	labelW := 0
	for _, b := range bars {
		labelW = max(labelW, len([]rune(b.label)))
	}
	const valueW = 12
	barW := max(4, width-labelW-valueW-3)
	var s strings.Builder
	s.WriteString(st.App.Title.Render("Yearly downtime, one to seven nines"))
	s.WriteString(st.App.Dim.Render(" · log scale: each nine cuts it tenfold"))
	for _, b := range bars {
		d := b.a.Downtime(calc.Year.Length)
		n := BarLength(int64(d), int64(barW))
		label := b.label + strings.Repeat(" ", labelW-len([]rune(b.label)))
		line := label + " " + strings.Repeat("█", n) + strings.Repeat(" ", barW-n) + " " + calc.FormatDuration(d)
		if b.mark {
			line = st.List.Selected.Render(label+" "+strings.Repeat("▓", n)) + strings.Repeat(" ", barW-n) + " " + st.List.Selected.Render(calc.FormatDuration(d))
		}
		s.WriteString("\n" + line)
	}
	return s.String()
}
