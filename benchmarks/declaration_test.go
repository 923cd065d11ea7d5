// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"bytes"
	"fmt"

	"github.com/snapiface/snapiface/interfaces/policy"
)

// ruleShapes are the rules a large declaration is made of, each a
// format taking an interface name, and whether it is a slot rule: the
// shapes real declarations use, from shortcuts to lists of
// alternatives with attribute constraints.
var ruleShapes = []struct {
	slot bool
	text string
}{
	{false, "  %s: true\n"},
	{true, `  %s:
    allow-installation:
      slot-snap-type:
        - core
    deny-auto-connection: true
`},
	{false, `  %s:
    allow-installation: false
    deny-connection:
      on-classic: false
`},
	{true, `  %s:
    allow-installation:
      - slot-snap-type: [app]
        slot-attributes:
          name: (alpha|beta|gamma)-[0-9]+
      - slot-snap-type: [core, gadget]
    allow-connection:
      plug-attributes:
        content: $SLOT(content)
        read: $MISSING
      slot-publisher-id:
        - $PLUG_PUBLISHER_ID
        - canonical
    allow-auto-connection:
      - plug-names: [$INTERFACE, "%[1]s-[a-z]+"]
        slots-per-plug: "*"
      - on-classic: [ubuntu, debian/*, fedora/workstation]
        plugs-per-slot: 1
`},
	{false, `  %s:
    allow-installation:
      plug-snap-type:
        - app
      plug-attributes:
        path: /dev/tty[A-Z]+[0-9]*
        bus:
          - system
          - session
    deny-auto-connection:
      - on-store: [ubuntu-store, my-store]
      - on-model: [brand/model-a, brand/model-b]
`},
}

// largeDeclaration returns a base declaration of at least size bytes,
// each interface taking the next shape of ruleShapes. It checks that
// the declaration parses.
func largeDeclaration(tb fataler, size int) []byte {
	var plugs, slots bytes.Buffer
	for i := 0; plugs.Len()+slots.Len() < size; i++ {
		shape := ruleShapes[i%len(ruleShapes)]
		side := &plugs
		if shape.slot {
			side = &slots
		}
		fmt.Fprintf(side, shape.text, fmt.Sprintf("iface-%d", i))
	}
	text := []byte("type: base-declaration\nplugs:\n" + plugs.String() + "slots:\n" + slots.String())
	if _, err := policy.ParseDeclaration(text, "large.yaml"); err != nil {
		tb.Fatal(err)
	}
	return text
}
