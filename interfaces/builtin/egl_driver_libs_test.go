// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type eglDriverLibsSuite struct {
	driverLibsSuite
}

var _ = check.Suite(&eglDriverLibsSuite{driverLibsSuite{driverLibsCase{
	name:       "egl-driver-libs",
	summary:    "allows providing EGL driver libraries to the system",
	systemOnly: true,
	slot: attrs{
		"compatibility":  "egl-1-5-ubuntu-2404",
		"library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"},
		"icd-source":     []interface{}{"$SNAP/usr/share/glvnd/egl_vendor.d"},
		"priority":       int64(10),
	},
	configs:    []string{"usr/share/glvnd/egl_vendor.d"},
	goodCompat: []string{"egl-1-5-ubuntu-2404", "egl-1-5-ubuntu-(2204..2604)"},
	badCompat: map[string]string{
		"egl-1-4-ubuntu-2404": `"compatibility" label "egl-1-4-ubuntu-2404" gives "egl" a value outside 5\.\.5`,
		"egl-1-ubuntu-2404":   `"compatibility" label "egl-1-ubuntu-2404" gives "egl" 1 values, not 2`,
		"egl-ubuntu-2404":     `"compatibility" label "egl-ubuntu-2404" gives "egl" 1 values, not 2`,
	},
	rows: []attrCase{
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}}, `"priority" must be an integer between 1 and 2147483647`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "priority": int64(0)}, `"priority" must be an integer between 1 and 2147483647`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "priority": int64(-1)}, `"priority" must be an integer between .*`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "priority": int64(1 << 31)}, `"priority" must be an integer between .*`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "priority": "10"}, `"priority" must be an integer`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "priority": int64(1)}, `"icd-source" must list at least one directory`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/lib"}, "priority": int64(1)}, `icd-source\[0\] "\$SNAP/lib" is listed already, in library-source\[0\]`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"/usr/share/glvnd/egl_vendor.d"}, "priority": int64(1)}, `icd-source\[0\] "/usr/share/glvnd/egl_vendor.d" must start with .*`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd/*.json"}, "priority": int64(1)}, `icd-source\[0\] .*`},
		{attrs{"compatibility": "egl-1-5-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd,\n/** r"}, "priority": int64(1)}, `icd-source\[0\] .*`},
	},
}}})
