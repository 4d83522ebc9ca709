package calc

import (
	"fmt"
	"strconv"
	"strings"

	"faultline/internal/termtext"
)

// ShareText writes a share as a percentage: 0.1 is "10%", 0.07 is "7%"
// (not the "7.000000000000001%" that 100 × 0.07 is in floating point).
func ShareText(f float64) string {
	s := strconv.FormatFloat(100*f, 'f', 10, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + "%"
}

// GroupThousands writes a count or a number of years with thousands
// separated by commas, as every figure faultline prints: 10000 is
// "10,000", 1234.5 is "1,234.5".
func GroupThousands(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	sign := ""
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		sign, s = "-", rest
	}
	whole, frac, _ := strings.Cut(s, ".")
	var out strings.Builder
	out.WriteString(sign)
	for i := range len(whole) {
		if i > 0 && (len(whole)-i)%3 == 0 {
			out.WriteByte(',')
		}
		out.WriteByte(whole[i])
	}
	if frac != "" {
		out.WriteString("." + frac)
	}
	return out.String()
}

// ParseShare reads a common-cause share as a fraction ("0.1") or a
// percentage ("10%" or "10 %"): at least 0 and below 1.
func ParseShare(text string) (float64, error) {
	t := strings.TrimSpace(text)
	scale := 1.0
	if p, ok := strings.CutSuffix(t, "%"); ok {
		t, scale = strings.TrimSpace(p), 100
	}
	f, err := strconv.ParseFloat(t, 64)
	f /= scale
	if err != nil || !(f >= 0 && f < 1) {
		return 0, fmt.Errorf("%s: it is not a share below 1 (accepted: 0 to below 1 or 0%% to below 100%%, such as 0.1 or 10%%)", termtext.Quote(text))
	}
	return f, nil
}
