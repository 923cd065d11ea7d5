// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type openglesDriverLibsSuite struct {
	driverLibsSuite
}

var _ = check.Suite(&openglesDriverLibsSuite{driverLibsSuite{driverLibsCase{
	name:       "opengles-driver-libs",
	summary:    "allows providing OpenGL ES driver libraries to the system and to snaps",
	slot:       attrs{"compatibility": "opengles-3-2-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	goodCompat: []string{"opengles-3-2-ubuntu-2404", "opengles-2-0-ubuntu-2404 OR opengles-3-2-ubuntu-2404"},
	badCompat: map[string]string{
		"opengl-4-6-ubuntu-2404": `"compatibility" label .* has "opengl" where opengles must be`,
	},
}}})
