package calc

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// The questions the nines table answers, each as its rows and a title
// saying what they show: `faultline nines` prints them, the accessible
// course says them line by line, from these same functions.

// AvailabilityRows is one row per availability, labelled as it prints,
// with an optional custom window.
func AvailabilityRows(avails []Availability, window *Period) []Row {
	rows := make([]Row, 0, len(avails))
	for _, a := range avails {
		rows = append(rows, NewRow(a.String(), a, window))
	}
	return rows
}

// BudgetRows is the availability a downtime budget d per period p allows,
// and a title saying so.
func BudgetRows(d time.Duration, p Period, window *Period) ([]Row, string, error) {
	a, err := FromBudget(d, p)
	if err != nil {
		return nil, "", err
	}
	title := fmt.Sprintf("A downtime budget of %s per %s allows %s.", FormatDuration(d), p.Name, a)
	return []Row{NewRow(a.String(), a, window)}, title, nil
}

// MTBFRows is the steady-state availability of a mean up time between
// failures (MTTF) and a mean time to repair, and a title saying so.
func MTBFRows(mtbf, mttr time.Duration, window *Period) ([]Row, string, error) {
	a, err := FromMTBF(mtbf, mttr)
	if err != nil {
		return nil, "", err
	}
	title := fmt.Sprintf("Up %s between failures (MTBF as mean up time, i.e. MTTF) and MTTR %s give a steady-state availability of %s.", FormatDuration(mtbf), FormatDuration(mttr), a)
	return []Row{NewRow(a.String(), a, window)}, title, nil
}

// SystemRows is one row per component of system, then the system's own
// row (at index len(rows)−1, to emphasise), and a title naming the system.
// A title shows at most MaxListedComponents components' worth of
// expression; the rows hold every component.
func SystemRows(system Block, window *Period) ([]Row, string) {
	var rows []Row
	for _, p := range system.Components() {
		rows = append(rows, NewRow(p.Name+" "+p.A.String(), p.A, window))
	}
	a := system.Availability()
	total := NewRow("system "+a.String(), a, window)
	total.Expression = system.String()
	total.Components = system.Components()
	title := "System: " + total.Expression
	if n := len(total.Components); n > MaxListedComponents || len(total.Expression) > maxTitleExpression {
		title = fmt.Sprintf("System of %d components: %s", n, CutExpression(total.Expression))
		if n > MaxListedComponents {
			title = fmt.Sprintf("System of %d components, the first %d listed: %s", n, MaxListedComponents, CutExpression(total.Expression))
		}
	}
	return append(rows, total), title
}

// A table lists at most MaxListedComponents components of a system, and
// its title shows at most maxTitleExpression bytes of the expression: ten
// thousand rows help no one, and drawing them took seconds. JSON keeps
// every component and the whole expression.
const (
	MaxListedComponents = 20
	maxTitleExpression  = 200
)

// CutExpression cuts an expression for a title, at a space where it can.
func CutExpression(expr string) string {
	if len(expr) <= maxTitleExpression {
		return expr
	}
	cut := strings.LastIndexByte(expr[:maxTitleExpression], ' ')
	if cut <= 0 {
		cut = maxTitleExpression
		for cut > 0 && !utf8.RuneStart(expr[cut]) {
			cut--
		}
	}
	return expr[:cut] + " …"
}
