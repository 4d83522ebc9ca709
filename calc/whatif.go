package calc

import (
	"fmt"
	"math"
	"time"
)

// The labels of the MTBF what-if cases.
const (
	// CaseGiven is MTBF and MTTR as given.
	CaseGiven = "as given"
	// CaseMTTRHalved is the repair time halved.
	CaseMTTRHalved = "MTTR halved"
	// CaseMTBFDoubled is the time between failures doubled.
	CaseMTBFDoubled = "MTBF doubled"
)

// MTBFCase is the steady-state availability of one MTBF and MTTR pair.
type MTBFCase struct {
	// Label names the case: CaseGiven, CaseMTTRHalved or CaseMTBFDoubled.
	Label string
	// MTBF and MTTR are the durations of the case.
	MTBF, MTTR time.Duration
	// A is MTBF / (MTBF + MTTR).
	A Availability
}

// WhatIfMTBF returns the availability of mtbf and mttr as given, then with
// the repair time halved and with the time between failures doubled: the
// figures the MTBF calculator, a lesson's mtbf block and a handout all
// show. It fails when FromMTBF refuses the pair as given; a doubled MTBF
// too long for a time.Duration is left out.
func WhatIfMTBF(mtbf, mttr time.Duration) ([]MTBFCase, error) {
	given, err := FromMTBF(mtbf, mttr)
	if err != nil {
		return nil, err
	}
	cases := []MTBFCase{{CaseGiven, mtbf, mttr, given}}
	if a, err := FromMTBF(mtbf, mttr/2); err == nil {
		cases = append(cases, MTBFCase{CaseMTTRHalved, mtbf, mttr / 2, a})
	}
	if mtbf <= math.MaxInt64/2 {
		if a, err := FromMTBF(2*mtbf, mttr); err == nil {
			cases = append(cases, MTBFCase{CaseMTBFDoubled, 2 * mtbf, mttr, a})
		}
	}
	return cases, nil
}

// ParseMTBFArgs reads the two words of an mtbf block, MTBF and MTTR, as
// durations that FromMTBF accepts.
func ParseMTBFArgs(args []string) (mtbf, mttr time.Duration, err error) {
	if len(args) != 2 {
		return 0, 0, fmt.Errorf("an mtbf block takes two durations, MTBF and MTTR, got %d", len(args))
	}
	var d [2]time.Duration
	for i, s := range args {
		if d[i], err = ParseDuration(s); err != nil {
			return 0, 0, err
		}
	}
	if _, err := FromMTBF(d[0], d[1]); err != nil {
		return 0, 0, err
	}
	return d[0], d[1], nil
}
