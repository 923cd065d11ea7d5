// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// ros-opt-data lets an app read the static data of the host's ROS
// installation in /opt/ros: robot and world descriptions and their
// macros, meshes and textures, configuration, launch and visualisation
// files, message definitions, the package index and manifests, and the
// setup scripts a shell sources to use the installation. A strict
// snap's /opt is the base's; its mount namespace shows the host's tree
// under /var/lib/snapd/hostfs, so the rules name /opt/ros there, as the
// reference does. The slot is the system's, on classic only, and plugs
// connect to it by themselves: the files are world-readable data of a
// system-wide installation.
//
// Nothing there is executed or mapped as a library: the installation's
// programs, shared libraries and Python packages stay out of reach (the
// app brings its own ROS runtime), and nothing is writable. Three kinds
// of files are scripts that the app's own shell or Python reads and
// runs, under the app's profile: the setup scripts a shell sources, the
// small Python helper they run (_local_setup_util_*.py), and Python
// launch files; reading them gives the app nothing it could not write
// itself.
//
// Where it differs from the reference: the reference lists fewer kinds
// of data (not SDF worlds, SRDF, launch, RViz, message or DSV files,
// nor the package index), so that packages found through the index,
// and the setup scripts, do not work there.

const rosOptDataSummary = `allows reading the static data of the host's ROS installation in /opt/ros`

const rosOptDataConnectedPlugAppArmor = `
# Description: read the static data of the host's ROS installation in
# /opt/ros, seen through the host's tree; nothing there runs or loads.

# Walk the installation to find packages and their files.
/var/lib/snapd/hostfs/opt/ros/ r,
/var/lib/snapd/hostfs/opt/ros/**/ r,

# The package index (ament's resource index: marker files named after
# packages, with no extension) and the packages' manifests.
/var/lib/snapd/hostfs/opt/ros/*/share/ament_index/resource_index/** r,
/var/lib/snapd/hostfs/opt/ros/**/package.xml r,

# Robot and world descriptions and their macros (URDF, xacro, SDF,
# SRDF), meshes, materials and textures, configuration, RViz layouts,
# message, service and action definitions, and the launch files of a
# package's launch directory (XML, YAML or Python).
/var/lib/snapd/hostfs/opt/ros/**.{urdf,xacro,sdf,srdf,world} r,
/var/lib/snapd/hostfs/opt/ros/**.{stl,STL,dae,DAE,obj,mtl,ply,png,jpg,jpeg} r,
/var/lib/snapd/hostfs/opt/ros/**.{yaml,yml,config,xml,launch,rviz} r,
/var/lib/snapd/hostfs/opt/ros/**.{msg,srv,action,idl} r,
/var/lib/snapd/hostfs/opt/ros/*/share/*/launch/** r,

# The setup scripts a shell sources to use the installation, the
# environment hooks they read, and the Python helper they run.
/var/lib/snapd/hostfs/opt/ros/**.{sh,bash,zsh,dsv} r,
/var/lib/snapd/hostfs/opt/ros/*/_local_setup_util_*.py r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "ros-opt-data",
		summary:               rosOptDataSummary,
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: rosOptDataConnectedPlugAppArmor,
	})
}
