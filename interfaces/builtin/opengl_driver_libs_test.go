// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type openglDriverLibsSuite struct {
	driverLibsSuite
}

var _ = check.Suite(&openglDriverLibsSuite{driverLibsSuite{driverLibsCase{
	name:       "opengl-driver-libs",
	summary:    "allows providing OpenGL driver libraries to the system and to snaps",
	slot:       attrs{"compatibility": "opengl-4-6-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	goodCompat: []string{"opengl-4-6-ubuntu-2404", "opengl-4-(5..6)-ubuntu-2204"},
	badCompat: map[string]string{
		"opengles-3-2-ubuntu-2404": `"compatibility" label .* has "opengles" where opengl must be`,
		"opengl-4-ubuntu-2404":     `"compatibility" label .* gives "opengl" 1 values, not 2`,
	},
}}})
