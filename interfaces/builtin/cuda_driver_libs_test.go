// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type cudaDriverLibsSuite struct {
	driverLibsSuite
}

var _ = check.Suite(&cudaDriverLibsSuite{driverLibsSuite{driverLibsCase{
	name:    "cuda-driver-libs",
	summary: "allows providing CUDA driver libraries to the system and to snaps",
	slot:    attrs{"compatibility": "cuda-12-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	goodCompat: []string{
		"cuda-12-ubuntu-2404",
		"cuda-(11..12)-ubuntu-(2404..2604)",
		"cuda-12-ubuntu-2404 OR cuda-12-ubuntu-2604",
		"(cuda-11-ubuntu-2404 OR cuda-12-ubuntu-2404) AND cuda-(0..99)-ubuntu-2404",
	},
	badCompat: map[string]string{
		"cuda-12-ubuntu-2204":        `"compatibility" label "cuda-12-ubuntu-2204" gives "ubuntu" a value outside 2404..99999999`,
		"cuda-12":                    `"compatibility" label "cuda-12" must have 2 parts, like "cuda-0-ubuntu-2404"`,
		"egl-1-5-ubuntu-2404":        `"compatibility" label "egl-1-5-ubuntu-2404" has "egl" where cuda must be`,
		"cuda-12-13-ubuntu-2404":     `"compatibility" label "cuda-12-13-ubuntu-2404" gives "cuda" 2 values, not 1`,
		"cuda-012-ubuntu-2404":       `"compatibility" label "cuda-012-ubuntu-2404" has "012", which is neither a tag, an integer of up to 8 digits nor a range`,
		"cuda-123456789-ubuntu-2404": `"compatibility" label .* has "123456789", which is neither .*`,
		"cuda-(12..11)-ubuntu-2404":  `"compatibility" label .* has the empty range \(12\.\.11\)`,
		"cuda-12-cuda-2404":          `"compatibility" label "cuda-12-cuda-2404" names "cuda" twice`,
		"cuda-1-ubuntu-2404 AND cuda-2-ubuntu-2404 OR cuda-3-ubuntu-2404": `"compatibility" .* mixes AND and OR: group them with parentheses`,
		"(cuda-12-ubuntu-2404":                      `"compatibility" "\(cuda-12-ubuntu-2404" has an unclosed parenthesis`,
		"cuda-12-ubuntu-2404)":                      `"compatibility" "cuda-12-ubuntu-2404\)" has "\)" where the expression should end`,
		"cuda-12-ubuntu-2404 cuda-12-ubuntu-2404":   `"compatibility" .* has "cuda-12-ubuntu-2404" where the expression should end`,
		"cuda-12-ubuntu-2404 ORcuda-12-ubuntu-2404": `"compatibility" .* has "O" at byte 20, .*`,
	},
}}})
