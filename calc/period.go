package calc

import (
	"strings"
	"time"
)

// Period is a window over which downtime is counted.
type Period struct {
	// Name is "day", "week", "month", "quarter", "year", or the custom
	// window as the user typed it ("28d").
	Name string
	// Length is the window's length.
	Length time.Duration
}

const day = 24 * time.Hour

// The standard periods. faultline counts a month as 30 days, a quarter as 90
// and a year as 365 (the rolling-window convention of SRE error budgets).
var (
	Day     = Period{Name: "day", Length: day}
	Week    = Period{Name: "week", Length: 7 * day}
	Month   = Period{Name: "month", Length: 30 * day}
	Quarter = Period{Name: "quarter", Length: 90 * day}
	Year    = Period{Name: "year", Length: 365 * day}
)

// CalendarConvention states how faultline counts periods, for footers and
// lessons wherever downtime figures are shown.
const CalendarConvention = "day 86,400 s · week 7 d · month 30 d · quarter 90 d · year 365 d"

// StandardPeriods returns day, week, month, quarter and year, in that order.
func StandardPeriods() []Period { return []Period{Day, Week, Month, Quarter, Year} }

// ParsePeriod accepts a standard period name (day, week, month, quarter,
// year) or a duration for a custom window such as "28d".
func ParsePeriod(s string) (Period, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for _, p := range StandardPeriods() {
		if name == p.Name {
			return p, nil
		}
	}
	if name == "" {
		return Period{}, &InputError{What: "period", Value: s, Reason: "it is empty", Accepted: acceptedPeriod}
	}
	d, err := ParseDuration(s)
	if err != nil || d <= 0 {
		return Period{}, &InputError{What: "period", Value: s, Reason: "it is neither a period name nor a duration", Accepted: acceptedPeriod}
	}
	return Period{Name: strings.TrimSpace(s), Length: d}, nil
}

// ParseWindow parses a custom window such as "28d" or "6h".
func ParseWindow(s string) (Period, error) {
	d, err := ParseDuration(s)
	if err != nil {
		return Period{}, err
	}
	if d <= 0 {
		return Period{}, &InputError{What: "window", Value: s, Reason: "it must be longer than zero", Accepted: acceptedDuration}
	}
	return Period{Name: strings.TrimSpace(s), Length: d}, nil
}
