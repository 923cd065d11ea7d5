// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type vulkanDriverLibsSuite struct {
	driverLibsSuite
}

var _ = check.Suite(&vulkanDriverLibsSuite{driverLibsSuite{driverLibsCase{
	name:       "vulkan-driver-libs",
	summary:    "allows providing Vulkan driver libraries to the system",
	systemOnly: true,
	slot: attrs{
		"compatibility":         "vulkan-1-3-ubuntu-2404",
		"library-source":        []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"},
		"icd-source":            []interface{}{"$SNAP/usr/share/vulkan/icd.d"},
		"implicit-layer-source": []interface{}{"$SNAP/usr/share/vulkan/implicit_layer.d"},
	},
	configs:    []string{"usr/share/vulkan/icd.d", "usr/share/vulkan/implicit_layer.d"},
	goodCompat: []string{"vulkan-1-3-ubuntu-2404", "vulkan-1-(0..10)-ubuntu-2404"},
	badCompat: map[string]string{
		"vulkan-1-11-ubuntu-2404": `"compatibility" label .* gives "vulkan" a value outside 0\.\.10`,
		"vulkan-2-0-ubuntu-2404":  `"compatibility" label .* gives "vulkan" a value outside 1\.\.1`,
	},
	rows: []attrCase{
		{attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}}, `"icd-source" must list at least one directory`},
		{attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "explicit-layer-source": []interface{}{"$SNAP/explicit"}}, ""},
		{attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "implicit-layer-source": []interface{}{}}, `"implicit-layer-source" must list at least one directory`},
		{attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "explicit-layer-source": []interface{}{"$SNAP/../x"}}, `explicit-layer-source\[0\] .* must be clean .*`},
		{attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "icd-source": []interface{}{"$SNAP/icd"}, "explicit-layer-source": []interface{}{"$SNAP/icd"}}, `explicit-layer-source\[0\] "\$SNAP/icd" is listed already, in icd-source\[0\]`},
	},
}}})
