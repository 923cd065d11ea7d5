// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// shared-memory lets snaps share POSIX shared memory objects (and named
// semaphores) in /dev/shm. A providing snap's slot names the objects it
// shares: "read" (others may read them) and "write" (others may read
// and write them), plus a "shared-memory" tag (default: the slot name)
// that a plug must repeat (its own default: the plug name). The
// provider creates the objects; a connected plug gets to use them.
// Since the provider picks the names, and could name another program's
// objects, an app snap needs a snap declaration to carry such a slot.
//
// The system's slot serves the other use: a plug with "private: true"
// asks for a /dev/shm of the app's own, for programs that create
// objects under names they choose (browsers' engines, some robotics
// middleware). Such a plug connects, and auto-connects, to the system
// slot only; a plug without it cannot connect to the system slot at
// all.
//
// The reference system mounts a fresh tmpfs over /dev/shm in the app's
// mount namespace for a private plug; snapiface has no mount backend.
// The private plug's rules (read and write what is in /dev/shm and owned
// by the app's user) are right for such a private /dev/shm; a daemon
// that does not give the app one shares the host's /dev/shm with it,
// where those rules reach every object the same user owns.
//
// Where it differs from the reference: the reference's documentation
// speaks of paths after the implicit /dev/shm/; here each entry of
// "read" and "write" is the name of one object in /dev/shm itself (no
// subdirectory, no glob, not a "snap." name, which the system uses for
// each snap's own objects), at most 255 bytes, and a slot lists at most
// AttrListMax of them (limits.go).

const sharedMemorySummary = `allows sharing POSIX shared memory objects between snaps, or a private /dev/shm`

const sharedMemoryBaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - core
allow-connection:
  -
    slot-snap-type:
      - core
    plug-attributes:
      private: "true"
  -
    slot-snap-type:
      - app
    plug-attributes:
      shared-memory: $SLOT(shared-memory)
allow-auto-connection:
  -
    slot-snap-type:
      - core
    plug-attributes:
      private: "true"
  -
    slot-snap-type:
      - app
    plug-publisher-id:
      - $SLOT_PUBLISHER_ID
    plug-attributes:
      shared-memory: $SLOT(shared-memory)
`

const sharedMemoryPermanentSlotAppArmor = `
# Description: create and use the shared memory objects the slot
# shares, whether others may only read them or also write them.
`

const sharedMemoryConnectedPlugAppArmor = `
# Description: use the shared memory objects of the connected slot.
`

const sharedMemoryPrivateAppArmor = `
# Description: with "private: true", use /dev/shm as the app's own:
# create, read and write objects under any name. /run/shm is its older
# name on some systems.
owner /{dev,run}/shm/ r,
owner /{dev,run}/shm/** rwk,
`

// sharedMemoryInterface checks both sides' attributes and renders the
// rules for the named objects, or for a private /dev/shm.
type sharedMemoryInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*sharedMemoryInterface)(nil)
	_ interfaces.AttributeDescriber = (*sharedMemoryInterface)(nil)
	_ interfaces.PlugSanitizer      = (*sharedMemoryInterface)(nil)
	_ interfaces.SlotSanitizer      = (*sharedMemoryInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*sharedMemoryInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*sharedMemoryInterface)(nil)
)

// sharedMemoryName is the name of an object in /dev/shm: no glob, no
// directory, no hidden name.
var sharedMemoryName = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$`)

// sharedMemoryPath checks an object name and returns its path pattern.
func sharedMemoryPath(what, name string) (string, error) {
	if err := checkLength(what, name, AttrNameMax); err != nil {
		return "", err
	}
	if !sharedMemoryName.MatchString(name) {
		return "", fmt.Errorf(`%s %q must be a name in /dev/shm: letters, digits, "_", "." and "-", not starting with "." or "-"`, what, name)
	}
	if strings.HasPrefix(name, "snap.") {
		return "", fmt.Errorf(`%s %q starts with "snap.", which names each snap's own objects`, what, name)
	}
	return "/{dev,run}/shm/" + name, nil
}

// sharedMemoryTag reads the optional "shared-memory" tag.
func sharedMemoryTag(attrs map[string]interface{}) (string, bool, error) {
	tag, ok, err := stringAttr(attrs, "shared-memory")
	if err == nil && ok {
		err = validateTag(`"shared-memory"`, tag)
	}
	return tag, ok, err
}

// sharedMemoryPrivate reads the plug's attributes and says whether it
// asks for a private /dev/shm.
func sharedMemoryPrivate(attrs map[string]interface{}) (bool, error) {
	for _, key := range []string{"read", "write"} {
		if _, ok := attrs[key]; ok {
			return false, fmt.Errorf("%q is a slot attribute", key)
		}
	}
	_, hasTag, err := sharedMemoryTag(attrs)
	if err != nil {
		return false, err
	}
	raw, ok := attrs["private"]
	if !ok {
		return false, nil
	}
	private, isBool := raw.(bool)
	if !isBool {
		return false, fmt.Errorf(`"private" must be true or false`)
	}
	if private && hasTag {
		return false, fmt.Errorf(`"shared-memory" cannot go with "private: true"`)
	}
	return private, nil
}

// sharedMemoryObjects reads a slot's attributes and returns the paths
// of the objects it shares; the system's slot shares none.
func sharedMemoryObjects(slot *snap.SlotInfo) (read, write []string, err error) {
	if _, ok := slot.Attrs["private"]; ok {
		return nil, nil, fmt.Errorf(`"private" is a plug attribute`)
	}
	if _, _, err := sharedMemoryTag(slot.Attrs); err != nil {
		return nil, nil, err
	}
	if isSystemSnap(slot.Snap) && slot.Attrs["read"] == nil && slot.Attrs["write"] == nil {
		return nil, nil, nil
	}
	return fileListAttrs(slot.Attrs, sharedMemoryPath)
}

// BeforePreparePlug implements interfaces.PlugSanitizer. A plug that is
// not private gets its tag, the plug name by default.
func (iface *sharedMemoryInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	private, err := sharedMemoryPrivate(plug.Attrs)
	if err != nil {
		return plugAttrError(plug, err)
	}
	if _, ok := plug.Attrs["shared-memory"]; !ok && !private {
		setDefaultAttr(&plug.Attrs, "shared-memory", plug.Name)
	}
	return nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer. The slot gets
// its tag, the slot name by default.
func (iface *sharedMemoryInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, _, err := sharedMemoryObjects(slot); err != nil {
		return slotAttrError(slot, err)
	}
	if _, ok := slot.Attrs["shared-memory"]; !ok {
		setDefaultAttr(&slot.Attrs, "shared-memory", slot.Name)
	}
	return nil
}

// AutoConnect implements interfaces.Interface: a private plug goes to
// the system's slot, any other to a slot with the same tag.
func (iface *sharedMemoryInterface) AutoConnect(plug *snap.PlugInfo, slot *snap.SlotInfo) bool {
	private, err := sharedMemoryPrivate(plug.Attrs)
	if err != nil || private {
		return err == nil && isSystemSnap(slot.Snap)
	}
	return !isSystemSnap(slot.Snap) && plug.Attrs["shared-memory"] == slot.Attrs["shared-memory"]
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *sharedMemoryInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	private, err := sharedMemoryPrivate(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	if private {
		spec.AddSnippet(sharedMemoryPrivateAppArmor)
		return nil
	}
	read, write, err := sharedMemoryObjects(slot.SlotInfo())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	spec.AddSnippet(objectRules(sharedMemoryConnectedPlugAppArmor, read, write, "r"))
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner.
func (iface *sharedMemoryInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	read, write, err := sharedMemoryObjects(slot)
	if err != nil {
		return slotAttrError(slot, err)
	}
	spec.AddSnippet(objectRules(sharedMemoryPermanentSlotAppArmor, read, write, "rwk"))
	return nil
}

// objectRules is description followed by a rule for each object: those
// shared read-only with readPerms, the others read-write. It is empty
// when there is no object.
func objectRules(description string, read, write []string, readPerms string) string {
	if len(read)+len(write) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(description)
	if len(read) > 0 {
		b.WriteString("\n# Objects shared read-only.\n")
		for _, p := range read {
			fmt.Fprintf(&b, "%s %s,\n", p, readPerms)
		}
	}
	if len(write) > 0 {
		b.WriteString("\n# Objects shared read-write.\n")
		for _, p := range write {
			fmt.Fprintf(&b, "%s rwk,\n", p)
		}
	}
	return b.String()
}

// sharedMemoryAttributes describes both sides' attributes
// (sharedMemoryPrivate, sharedMemoryObjects).
var sharedMemoryAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "private", Type: interfaces.AttrTypeBool, Default: "false",
		Description: "true asks for a /dev/shm of the app's own: such a plug connects, and auto-connects, to the system's slot only, and takes no shared-memory tag.",
	}, {
		Side: "plug", Name: "shared-memory", Type: interfaces.AttrTypeString, Default: "the plug's name (unless private)",
		Description: "The tag of the slot whose objects the plug wants. " + attrDocTag,
	}, {
		Side: "slot", Name: "shared-memory", Type: interfaces.AttrTypeString, Default: "the slot's name",
		Description: "The tag plugs must repeat to connect. " + attrDocTag,
	}, {
		Side: "slot", Name: "read", Type: interfaces.AttrTypeStringList,
		Description: fmt.Sprintf("Objects in /dev/shm that connected plugs may read: names of letters, digits, \"_\", \".\" and \"-\", not starting with \".\" or \"-\" nor with \"snap.\", at most %d bytes. An app's slot lists at least one object in read or write, at most %d in each, none twice.", AttrNameMax, AttrListMax),
	}, {
		Side: "slot", Name: "write", Type: interfaces.AttrTypeStringList,
		Description: "Objects in /dev/shm that connected plugs may read and write, written as in read.",
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "a private /dev/shm", Plug: map[string]interface{}{"private": true},
	}, {
		Title: "objects one snap shares with another",
		Plug:  map[string]interface{}{"shared-memory": "frames"},
		Slot:  map[string]interface{}{"shared-memory": "frames", "read": []interface{}{"frames-ro"}, "write": []interface{}{"frames-rw", "sem.frames"}},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *sharedMemoryInterface) Attributes() interfaces.AttributeDoc {
	return sharedMemoryAttributes
}

func init() {
	registerIface(&sharedMemoryInterface{commonInterface{
		name:                 "shared-memory",
		summary:              sharedMemorySummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationSlots: sharedMemoryBaseDeclarationSlots,
	}})
}
