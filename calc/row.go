package calc

import (
	"encoding/json"
	"fmt"
	"math"
)

// Row is one availability with the downtime it allows over the standard
// periods and an optional custom window: one line of the nines table, in
// the terminal, on a slide or as JSON.
type Row struct {
	// Label names the row: the availability as typed, a budget, an expression.
	Label string
	// A is the availability.
	A Availability
	// Window is an optional custom period shown beside the standard ones.
	Window *Period
	// Expression is a composed system in the calc grammar; empty otherwise.
	Expression string
	// Components lists the parts of a composed system; empty otherwise.
	Components []Part
}

// NewRow returns a row for a, labelled label, with an optional custom window.
func NewRow(label string, a Availability, window *Period) Row {
	return Row{Label: label, A: a, Window: window}
}

// Periods returns the standard periods followed by the custom window, if any.
func (r Row) Periods() []Period {
	ps := StandardPeriods()
	if r.Window != nil {
		ps = append(ps, Period{Name: "window", Length: r.Window.Length})
	}
	return ps
}

// NinesText formats the number of nines for people: whole numbers plainly
// ("3"), fractional ones to two decimals ("3.30"), and "∞" at 100%.
func (r Row) NinesText() string { return NinesText(r.A) }

// NinesText formats a's number of nines: "3", "3.30", "∞".
func NinesText(a Availability) string {
	n, ok := a.Nines()
	if !ok {
		return "∞"
	}
	if whole, _ := a.WholeNines(); math.Abs(n-float64(whole)) < 1e-9 {
		return fmt.Sprintf("%d", whole)
	}
	return fmt.Sprintf("%.2f", n)
}

// jsonRow is the JSON form of a Row; its field names are a public contract
// of `faultline nines -o json`.
type jsonRow struct {
	Label           string             `json:"label"`
	Percent         string             `json:"percent"`
	Availability    float64            `json:"availability"`
	Nines           *float64           `json:"nines"`
	WholeNines      *int               `json:"whole_nines"`
	DowntimeSeconds map[string]float64 `json:"downtime_seconds"`
	PeriodSeconds   map[string]float64 `json:"period_seconds"`
	Window          string             `json:"window,omitempty"`
	Expression      string             `json:"expression,omitempty"`
	Components      []jsonPart         `json:"components,omitempty"`
}

type jsonPart struct {
	Name         string  `json:"name"`
	Percent      string  `json:"percent"`
	Availability float64 `json:"availability"`
}

// MarshalJSON writes the row as `faultline nines -o json` documents it.
// nines and whole_nines are null at 100%, where they are unbounded.
func (r Row) MarshalJSON() ([]byte, error) {
	out := jsonRow{
		Label:           r.Label,
		Percent:         r.A.Percent(),
		Availability:    r.A.Fraction(),
		DowntimeSeconds: map[string]float64{},
		PeriodSeconds:   map[string]float64{},
	}
	if n, ok := r.A.Nines(); ok {
		out.Nines = &n
	}
	if k, ok := r.A.WholeNines(); ok {
		out.WholeNines = &k
	}
	for _, p := range r.Periods() {
		out.DowntimeSeconds[p.Name] = r.A.DowntimeSeconds(p.Length)
		out.PeriodSeconds[p.Name] = p.Length.Seconds()
	}
	if r.Window != nil {
		out.Window = r.Window.Name
	}
	out.Expression = r.Expression
	for _, p := range r.Components {
		out.Components = append(out.Components, jsonPart{Name: p.Name, Percent: p.A.Percent(), Availability: p.A.Fraction()})
	}
	return json.Marshal(out)
}

// ClassicNines returns the availabilities of the classic table: one to
// seven nines, 90% to 99.99999%.
func ClassicNines() []Availability {
	out := make([]Availability, 7)
	for i := range out {
		out[i] = FromNines(float64(i + 1))
	}
	return out
}

// ParseAvailabilities parses each value with ParseAvailability; no values
// give the classic table, ClassicNines. It stops at the first bad value.
func ParseAvailabilities(values []string) ([]Availability, error) {
	if len(values) == 0 {
		return ClassicNines(), nil
	}
	out := make([]Availability, len(values))
	for i, v := range values {
		a, err := ParseAvailability(v)
		if err != nil {
			return nil, err
		}
		out[i] = a
	}
	return out, nil
}
