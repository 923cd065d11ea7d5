// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// cups lets an app print through a CUPS scheduler that an app snap
// provides (such as the cups snap), without administering it: that is
// cups-control. There is no system slot. The provider names the
// directory of its socket with the slot attribute cups-socket-directory,
// "$SNAP_COMMON" or "$SNAP_DATA" optionally followed by a relative path;
// the client's rules name exactly that socket. Whatever the slot says,
// the client may also use /var/cups/cups.sock, the default: the
// reference bind-mounts the provider's directory on /var/cups in the
// client's mount namespace and clients set CUPS_SERVER to that socket,
// and a provider without the attribute (older cups snaps) is reached
// there too. The client reads its own printing options (~/.cups/
// lpoptions) and the printer list cupsd writes (printcap), as under the
// reference; not client.conf, which could point it at another,
// unmediated scheduler. Any app snap may offer the slot, so every
// connection, manual or automatic, needs a snap declaration.
//
// Unlike the reference, which grants the client everything in the
// provider's socket directory (read, write, run), the client gets the
// socket alone: nothing else there is the client's to use.
//
// The serving snap listens on its socket and accepts clients through
// network-bind, which it plugs, as under the reference: the slot adds no
// syscall of its own.
//
// Where it differs from the reference: the reference bind-mounts the
// provider's socket directory into the client's mount namespace;
// snapiface has no mount backend and grants the socket where the
// provider keeps it. The directory is refused when it holds any
// character AppArmor gives a meaning to, and past PATH_MAX (limits.go).
//
// Not rendered here: mount. The reference bind-mounts the provider's
// socket directory into the client's mount namespace; the rules here
// grant the socket where the provider keeps it. A daemon that wants the
// mount makes it itself.

const cupsSummary = `allows printing through a CUPS scheduler provided by a snap`

// cupsSocketDirAttr is the slot attribute naming the socket's directory.
const cupsSocketDirAttr = "cups-socket-directory"

const cupsConnectedPlugAppArmor = `
# Description: print through a CUPS scheduler that a snap provides, over
# the socket in the directory its slot names. Printing only: the
# scheduler refuses administration to clients without cups-control.

# Exchange requests and replies with the provider over its socket, where
# the kernel mediates Unix sockets by label too.
unix (connect, send, receive) type=stream peer=(label=###SLOT_SECURITY_TAGS###),

# The socket where the client's mount namespace shows the provider's
# (the default, and what CUPS_SERVER names).
/var/cups/ r,
/var/cups/cups.sock rw,

# The user's printing options, and the printer list the scheduler
# publishes.
owner @{HOME}/.cups/lpoptions r,
/{,var/}run/cups/printcap r,
`

const cupsConnectedSlotAppArmor = `
# Description: serve print requests to a connected client.

# Exchange requests and replies with the client over the socket.
unix (send, receive) type=stream peer=(label=###PLUG_SECURITY_TAGS###),
`

// cupsPermanentSlotAppArmor opens the provider's rules for the socket
// in the directory its slot names.
const cupsPermanentSlotAppArmor = `
# Description: operate as a CUPS scheduler for snaps, listening on a
# socket in the snap's own data directories.
`

// cupsSocketDir is a checked cups-socket-directory: root is
// "$SNAP_COMMON" or "$SNAP_DATA", rel a clean relative path or "".
type cupsSocketDir struct {
	root, rel string
}

// readCupsSocketDir reads and checks the attribute; ok is false when
// the slot does not have it.
func readCupsSocketDir(attrs map[string]interface{}) (dir cupsSocketDir, ok bool, err error) {
	value, ok, err := stringAttr(attrs, cupsSocketDirAttr)
	if err != nil || !ok {
		return cupsSocketDir{}, ok, err
	}
	if err := checkLength(cupsSocketDirAttr, value, AttrPathMax); err != nil {
		return cupsSocketDir{}, true, err
	}
	for _, root := range []string{"$SNAP_COMMON", "$SNAP_DATA"} {
		if value == root {
			return cupsSocketDir{root: root}, true, nil
		}
		rel, found := strings.CutPrefix(value, root+"/")
		if !found {
			continue
		}
		if rel == "" {
			return cupsSocketDir{}, true, fmt.Errorf("%s %q must not end with a slash", cupsSocketDirAttr, value)
		}
		if err := validatePath("directory under "+root, "/"+rel, ""); err != nil {
			return cupsSocketDir{}, true, fmt.Errorf("invalid %s %q: %w", cupsSocketDirAttr, value, err)
		}
		return cupsSocketDir{root: root, rel: rel}, true, nil
	}
	return cupsSocketDir{}, true, fmt.Errorf("%s %q must be $SNAP_COMMON or $SNAP_DATA, or a directory under one of them", cupsSocketDirAttr, value)
}

// path writes the directory for a rule, given what $SNAP_COMMON and
// $SNAP_DATA stand for in the profile that gets it.
func (dir cupsSocketDir) path(common, data string) string {
	p := common
	if dir.root == "$SNAP_DATA" {
		p = data
	}
	if dir.rel != "" {
		p += "/" + dir.rel
	}
	return p
}

// cupsInterface adds to the common data the socket rules that follow
// from the slot's cups-socket-directory.
type cupsInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*cupsInterface)(nil)
	_ interfaces.AttributeDescriber = (*cupsInterface)(nil)
	_ interfaces.SlotSanitizer      = (*cupsInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*cupsInterface)(nil)
	_ apparmor.ConnectedSlotDefiner = (*cupsInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*cupsInterface)(nil)
	_ seccomp.PermanentSlotDefiner  = (*cupsInterface)(nil)
)

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *cupsInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, _, err := readCupsSocketDir(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner: the
// client may use the socket in the provider's directory.
func (iface *cupsInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	dir, ok, err := readCupsSocketDir(slot.StaticAttrs())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	text := withPeerLabels(iface.connectedPlugAppArmor, plug, slot)
	if ok {
		// The provider's instance name is a validated snap name, and
		// the directory was checked above.
		snapDir := "/var/snap/" + slot.Snap().InstanceName()
		sock := dir.path(snapDir+"/common", snapDir+"/{[0-9]*,x[0-9]*}") + "/cups.sock"
		text += "\n# The provider's socket, in the directory its slot names.\n" + aaPath(sock) + " rw,\n"
	}
	spec.AddSnippet(text)
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner: the
// provider may create its socket in the directory it names. A slot
// without the attribute gets nothing here.
func (iface *cupsInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	dir, ok, err := readCupsSocketDir(slot.Attrs)
	if err != nil {
		return slotAttrError(slot, err)
	}
	if !ok {
		return nil
	}
	own := dir.path("/var/snap/@{SNAP_INSTANCE_NAME}/common", "/var/snap/@{SNAP_INSTANCE_NAME}/@{SNAP_REVISION}")
	spec.AddSnippet(cupsPermanentSlotAppArmor +
		"\n# The socket and its directory.\n" +
		aaPath(own+"/") + " rw,\n" +
		aaPath(own+"/cups.sock") + " rw,\n")
	return nil
}

// cupsAttributes describes the slot's "cups-socket-directory"
// (readCupsSocketDir).
var cupsAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: cupsSocketDirAttr, Type: interfaces.AttrTypeString,
		Description: "The directory of the scheduler's socket, cups.sock: $SNAP_COMMON or $SNAP_DATA, or a clean relative path under one of them. Clients may use that socket, and /var/cups/cups.sock whatever the slot says. " + attrDocLiteral,
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a scheduler on the default socket", Slot: map[string]interface{}{}},
		{Title: "a scheduler whose socket is in its common data", Slot: map[string]interface{}{cupsSocketDirAttr: "$SNAP_COMMON/run"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *cupsInterface) Attributes() interfaces.AttributeDoc { return cupsAttributes }

func init() {
	registerIface(&cupsInterface{commonInterface{
		name:                  "cups",
		notRendered:           []string{interfaces.BackendMount},
		summary:               cupsSummary,
		implicitOn:            notImplicit,
		baseDeclarationSlots:  appServiceSlotNeedsDeclaration,
		connectedPlugAppArmor: cupsConnectedPlugAppArmor,
		connectedSlotAppArmor: cupsConnectedSlotAppArmor,
	}})
}
