// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// usb-gadget lets an app make the device a USB peripheral of a host
// through the kernel's USB gadget API in configfs: define gadgets, their
// functions (serial, network, mass storage, HID, MIDI, FunctionFS) and
// configurations under /sys/kernel/config/usb_gadget, and bind them to
// a USB device controller. The slot is the system's, on Ubuntu Core
// only; the plug is connected by hand.
//
// Functions implemented in user space (adb, MTP, custom protocols) use
// FunctionFS: the plug lists them in "ffs-mounts", each with
//
//   - "name": the FunctionFS instance (the N of functions/ffs.N in
//     configfs), a word of at most 39 bytes, the kernel's limit;
//   - "where": the directory it is mounted on: $SNAP_COMMON or
//     $SNAP_DATA, or a directory under one of them, or an absolute path
//     at least two levels deep (such as /dev/ffs-adb);
//   - "persistent": whether the mount outlives the connection and
//     reboots (never under $SNAP_DATA, whose directory changes with the
//     snap's revision).
//
// The app then gets the endpoint files of each mount (ep0, where it
// writes its descriptors, and ep1... that the kernel then creates),
// and no other file under the mount point. A plug that lists
// ffs-mounts needs a snap declaration to install ("plug_install:
// constrained" in the reference table): the mounts land where the snap
// says.
//
// Not rendered here: mount. The FunctionFS mounts (mount -t functionfs
// NAME WHERE) are the daemon's to make when the plug connects, and to
// keep across reboots for persistent ones. The reference instead lets
// the app mount them itself, with sys_admin and the mount system calls;
// here the app gets neither.

const usbGadgetSummary = `allows access to the usb gadget API`

// usbGadgetBaseDeclarationPlugs: a plug with FunctionFS mounts needs a
// snap declaration to install. Being the plug rule, it is also the rule
// that decides connections, so it says again that the plug never
// auto-connects.
const usbGadgetBaseDeclarationPlugs = `
allow-installation:
  plug-attributes:
    ffs-mounts: $MISSING
deny-auto-connection: true
`

const usbGadgetConnectedPlugAppArmor = `
# Description: define USB gadgets in configfs and bind them to a USB
# device controller.

# A gadget is a directory under usb_gadget; its strings, functions and
# configurations are directories and attributes below it, a function
# joins a configuration through a symlink, and writing a controller's
# name to UDC binds the gadget. Tearing it down removes them again.
/sys/kernel/config/ r,
/sys/kernel/config/usb_gadget/ r,
/sys/kernel/config/usb_gadget/** rw,

# The USB device controllers a gadget can be bound to, and their state.
/sys/class/udc/ r,
@{sys}/devices/**/udc/*/ r,
@{sys}/devices/**/udc/*/{current_speed,function,is_selfpowered,maximum_speed,state,uevent} r,
`

const usbGadgetFunctionFSAppArmor = `
# Description: serve the FunctionFS function %[1]q, which the snap
# daemon mounts on %[2]s.

# Write the function's descriptors and strings to ep0 and read its
# events there, then move data on the endpoints the kernel creates.
%[3]s r,
%[4]s rw,
`

// usbGadgetFFSName is a FunctionFS instance name.
var usbGadgetFFSName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// usbGadgetFFSNameMax is the longest FunctionFS instance name: the
// kernel's limit is 40 bytes with the terminating NUL.
const usbGadgetFFSNameMax = 39

// usbGadgetMountKeys are the keys of an ffs-mounts entry.
var usbGadgetMountKeys = map[string]bool{"name": true, "where": true, "persistent": true}

// usbGadgetMount is a checked ffs-mounts entry. where is "$SNAP_COMMON"
// or "$SNAP_DATA" followed by rel, or an absolute path (root "").
type usbGadgetMount struct {
	name       string
	root, rel  string
	persistent bool
}

// dir writes the mount point for a rule of the plugging snap.
func (m usbGadgetMount) dir() string {
	p := m.rel
	switch m.root {
	case "$SNAP_COMMON":
		p = "/var/snap/@{SNAP_INSTANCE_NAME}/common" + m.rel
	case "$SNAP_DATA":
		p = "/var/snap/@{SNAP_INSTANCE_NAME}/@{SNAP_REVISION}" + m.rel
	}
	return p
}

// where is the mount point as the plug gave it.
func (m usbGadgetMount) where() string { return m.root + m.rel }

// usbGadgetWhere checks a mount point.
func usbGadgetWhere(what, where string) (root, rel string, err error) {
	if err := checkLength(what, where, AttrPathMax); err != nil {
		return "", "", err
	}
	for _, v := range []string{"$SNAP_COMMON", "$SNAP_DATA"} {
		if where == v {
			return v, "", nil
		}
		if sub, ok := strings.CutPrefix(where, v+"/"); ok {
			if sub == "" {
				return "", "", fmt.Errorf("%s %q must not end with a slash", what, where)
			}
			if err := validatePath("its part below "+v, "/"+sub, ""); err != nil {
				return "", "", fmt.Errorf("%s %q: %w", what, where, err)
			}
			return v, "/" + sub, nil
		}
	}
	if err := validatePath(what, where, ""); err != nil {
		return "", "", err
	}
	if strings.Count(where, "/") < 2 {
		return "", "", fmt.Errorf("%s %q must be $SNAP_COMMON or $SNAP_DATA, a directory under one of them, or an absolute path at least two levels deep", what, where)
	}
	return "", where, nil
}

// usbGadgetMounts reads and checks the plug's ffs-mounts.
func usbGadgetMounts(attrs map[string]interface{}) ([]usbGadgetMount, error) {
	raw, ok := attrs["ffs-mounts"]
	if !ok {
		return nil, nil
	}
	list, ok := raw.([]interface{})
	if !ok {
		return nil, fmt.Errorf(`"ffs-mounts" must be a list of mounts`)
	}
	if len(list) > AttrListMax {
		return nil, fmt.Errorf(`"ffs-mounts" lists %d entries, more than the %d allowed`, len(list), AttrListMax)
	}
	var budget pathBudget
	names, wheres := map[string]bool{}, map[string]bool{}
	mounts := make([]usbGadgetMount, 0, len(list))
	for i, item := range list {
		entry, ok := item.(map[string]interface{})
		if !ok {
			return nil, fmt.Errorf(`ffs-mounts[%d] must be a map with "name" and "where"`, i)
		}
		keys := make([]string, 0, len(entry))
		for key := range entry {
			keys = append(keys, key)
		}
		sort.Strings(keys)
		for _, key := range keys {
			if !usbGadgetMountKeys[key] {
				return nil, fmt.Errorf(`ffs-mounts[%d] has unknown key %q: only "name", "where" and "persistent"`, i, key)
			}
		}
		name, ok, err := stringAttr(entry, "name")
		if err != nil || !ok {
			return nil, fmt.Errorf(`ffs-mounts[%d] "name" must be a string`, i)
		}
		what := fmt.Sprintf("ffs-mounts[%d] name", i)
		if err := checkLength(what, name, usbGadgetFFSNameMax); err != nil {
			return nil, err
		}
		if !usbGadgetFFSName.MatchString(name) || strings.Contains(name, "..") {
			return nil, fmt.Errorf("%s %q must be letters, digits, '_', '.' and '-', starting with a letter or digit", what, name)
		}
		if names[name] {
			return nil, fmt.Errorf("%s %q is listed twice", what, name)
		}
		names[name] = true
		where, ok, err := stringAttr(entry, "where")
		if err != nil || !ok {
			return nil, fmt.Errorf(`ffs-mounts[%d] "where" must be a string`, i)
		}
		what = fmt.Sprintf("ffs-mounts[%d] where", i)
		root, rel, err := usbGadgetWhere(what, where)
		if err != nil {
			return nil, err
		}
		if err := budget.spend(what, where); err != nil {
			return nil, err
		}
		if wheres[where] {
			return nil, fmt.Errorf("%s %q is listed twice", what, where)
		}
		wheres[where] = true
		persistent, err := boolAttr(entry, "persistent", false)
		if err != nil {
			return nil, fmt.Errorf("ffs-mounts[%d]: %w", i, err)
		}
		if persistent && root == "$SNAP_DATA" {
			return nil, fmt.Errorf("%s %q cannot be persistent: $SNAP_DATA changes with the snap's revision", what, where)
		}
		mounts = append(mounts, usbGadgetMount{name: name, root: root, rel: rel, persistent: persistent})
	}
	return mounts, nil
}

// usbGadgetInterface adds the rules of the plug's FunctionFS mounts.
type usbGadgetInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*usbGadgetInterface)(nil)
	_ interfaces.AttributeDescriber = (*usbGadgetInterface)(nil)
	_ interfaces.PlugSanitizer      = (*usbGadgetInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*usbGadgetInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *usbGadgetInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := usbGadgetMounts(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *usbGadgetInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	mounts, err := usbGadgetMounts(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	spec.AddSnippet(iface.connectedPlugAppArmor)
	for _, m := range mounts {
		dir := m.dir()
		spec.AddSnippet(fmt.Sprintf(usbGadgetFunctionFSAppArmor, m.name, m.where(), aaPath(dir+"/"), aaPath(dir+"/ep[0-9]*")))
	}
	return nil
}

// usbGadgetAttributes describes the plug's "ffs-mounts"
// (usbGadgetMounts).
var usbGadgetAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "ffs-mounts", Type: interfaces.AttrTypeMapList,
		Description: fmt.Sprintf("The FunctionFS functions the app implements, at most %d, each a map of \"name\" (the instance, letters, digits, \"_\", \".\" and \"-\" starting with a letter or digit, at most %d bytes, none twice), \"where\" (the mount point: $SNAP_COMMON or $SNAP_DATA, a directory under one of them, or an absolute path at least two levels deep; none twice) and \"persistent\" (whether the mount outlives the connection; never under $SNAP_DATA). A plug that lists them needs a snap declaration to install.", AttrListMax, usbGadgetFFSNameMax),
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "gadgets made in configfs", Plug: map[string]interface{}{}},
		{Title: "an adb function", Plug: map[string]interface{}{"ffs-mounts": []interface{}{
			map[string]interface{}{"name": "adb", "where": "/dev/usb-ffs/adb", "persistent": true},
		}}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *usbGadgetInterface) Attributes() interfaces.AttributeDoc { return usbGadgetAttributes }

func init() {
	registerIface(&usbGadgetInterface{commonInterface{
		name:                  "usb-gadget",
		summary:               usbGadgetSummary,
		docURL:                "https://snapcraft.io/docs/usb-gadget-interface",
		implicitOn:            implicitOnCoreOnly,
		baseDeclarationPlugs:  usbGadgetBaseDeclarationPlugs,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendMount},
		connectedPlugAppArmor: usbGadgetConnectedPlugAppArmor,
	}})
}
