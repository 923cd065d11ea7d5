// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// RegisterIfaceForTest runs registerIface against a copy of the registry,
// which it then restores, and returns the panic message, if any.
func RegisterIfaceForTest(iface interfaces.Interface) (msg string) {
	saved := registry
	registry = append([]interfaces.Interface(nil), registry...)
	defer func() {
		registry = saved
		if r := recover(); r != nil {
			msg = r.(string)
		}
	}()
	registerIface(iface)
	return ""
}

// CopyAttrs is copyAttrs: attributes a sanitizer may complete without
// changing the original.
var CopyAttrs = copyAttrs
