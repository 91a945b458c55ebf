package timer

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// dots draws rows with "#" for a block and "." for a space, so the
// expected pictures below can be read.
func dots(rows []string) string {
	r := strings.NewReplacer("█", "#", " ", ".")
	return r.Replace(strings.Join(rows, "\n"))
}

func TestBigDigits(t *testing.T) {
	tests := []struct {
		text  string
		scale int
		want  string
	}{
		{"0:00", 1, `
######......######..######
##..##..##..##..##..##..##
##..##......##..##..##..##
##..##..##..##..##..##..##
######......######..######`},
		{"12:34", 1, `
####....######......######..##..##
..##........##..##......##..##..##
..##....######......######..######
..##....##......##......##......##
######..######......######......##`},
		{"1:05:09", 1, `
####........######..######......######..######
..##....##..##..##..##......##..##..##..##..##
..##........##..##..######......##..##..######
..##....##..##..##......##..##..##..##......##
######......######..######......######..######`},
		{"7:68", 1, `
######......######..######
....##..##..##......##..##
....##......######..######
....##..##..##..##..##..##
....##......######..######`},
		{"1:2", 2, `
########................############
########................############
....####........####............####
....####........####............####
....####................############
....####................############
....####........####....####........
....####........####....####........
############............############
############............############`},
	}
	for _, tt := range tests {
		got := bigDigits(tt.text, tt.scale)
		if g, w := dots(got), strings.TrimPrefix(tt.want, "\n"); g != w {
			t.Errorf("bigDigits(%q, %d):\n%s\nwant\n%s", tt.text, tt.scale, g, w)
		}
		if len(got) != 5*tt.scale {
			t.Errorf("bigDigits(%q, %d): %d rows, want %d", tt.text, tt.scale, len(got), 5*tt.scale)
		}
		for _, row := range got {
			if n := utf8.RuneCountInString(row); n != digitsWidth(tt.text, tt.scale) {
				t.Errorf("bigDigits(%q, %d): a row is %d cells, digitsWidth says %d", tt.text, tt.scale, n, digitsWidth(tt.text, tt.scale))
			}
		}
	}
}

func TestFitDigits(t *testing.T) {
	tests := []struct {
		text          string
		width, height int
		wantScale     int
	}{
		{"12:34", 200, 60, 4},  // as large as allowed
		{"12:34", 100, 30, 2},  // 3x is 102 wide
		{"12:34", 68, 10, 2},   // exactly 2x
		{"12:34", 67, 10, 1},   // a cell short of 2x
		{"12:34", 80, 9, 1},    // a row short of 2x
		{"12:34", 34, 5, 1},    // exactly 1x
		{"12:34", 33, 24, 0},   // too narrow for any: plain text
		{"12:34", 80, 4, 0},    // too low for any
		{"1:05:09", 80, 24, 1}, // hours need more room
	}
	for _, tt := range tests {
		rows, scale := fitDigits(tt.text, tt.width, tt.height, 4)
		if scale != tt.wantScale {
			t.Errorf("fitDigits(%q, %d, %d): scale %d, want %d", tt.text, tt.width, tt.height, scale, tt.wantScale)
		}
		if len(rows) > tt.height && tt.height >= 1 {
			t.Errorf("fitDigits(%q, %d, %d): %d rows", tt.text, tt.width, tt.height, len(rows))
		}
		for _, r := range rows {
			if n := utf8.RuneCountInString(r); n > tt.width {
				t.Errorf("fitDigits(%q, %d, %d): a row %d wide", tt.text, tt.width, tt.height, n)
			}
		}
		if scale == 0 && (len(rows) != 1 || rows[0] != tt.text) {
			t.Errorf("fitDigits(%q, %d, %d) at scale 0 = %q, want the text itself", tt.text, tt.width, tt.height, rows)
		}
	}
}

func TestFormatLeft(t *testing.T) {
	for d, want := range map[string]string{
		"0s": "0:00", "1ns": "0:01", "999ms": "0:01", "1s": "0:01", "1.001s": "0:02",
		"59s": "0:59", "1m": "1:00", "12m34s": "12:34", "59m59.5s": "1:00:00",
		"1h5m9s": "1:05:09", "26h": "26:00:00", "-3s": "0:00",
	} {
		dd, err := time.ParseDuration(d)
		if err != nil {
			t.Fatal(err)
		}
		if got := FormatLeft(dd); got != want {
			t.Errorf("FormatLeft(%s) = %q, want %q", d, got, want)
		}
	}
}
