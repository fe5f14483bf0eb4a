import type { KubectlCommand } from "./command";
import { ANNOTATE_COMMAND } from "./verbs/annotate";
import { APPLY_COMMAND } from "./verbs/apply";
import { AUTOSCALE_COMMAND } from "./verbs/autoscale";
import { CORDON_COMMAND, UNCORDON_COMMAND } from "./verbs/cordon";
import { CREATE_COMMAND } from "./verbs/create";
import { DELETE_COMMAND } from "./verbs/delete";
import { DESCRIBE_COMMAND } from "./verbs/describe";
import { EDIT_COMMAND } from "./verbs/edit";
import { DRAIN_COMMAND } from "./verbs/drain";
import { EXEC_COMMAND } from "./verbs/exec";
import { EXPOSE_COMMAND } from "./verbs/expose";
import { GET_COMMAND } from "./verbs/get";
import { API_RESOURCES_COMMAND, CLUSTER_INFO_COMMAND, CONFIG_COMMAND, VERSION_COMMAND } from "./verbs/info";
import { LABEL_COMMAND } from "./verbs/label";
import { LOGS_COMMAND } from "./verbs/logs";
import { PATCH_COMMAND } from "./verbs/patch";
import { ROLLOUT_COMMAND } from "./verbs/rollout";
import { PORT_FORWARD_COMMAND } from "./verbs/port-forward";
import { RUN_COMMAND } from "./verbs/run";
import { SCALE_COMMAND } from "./verbs/scale";
import { SET_COMMAND } from "./verbs/set";
import { TOP_COMMAND } from "./verbs/top";
import { WAIT_COMMAND } from "./verbs/wait";

/** Every kubectl verb the simulator has, one file each under verbs/. */
export const KUBECTL_COMMANDS: readonly KubectlCommand[] = [
  ANNOTATE_COMMAND,
  APPLY_COMMAND,
  API_RESOURCES_COMMAND,
  AUTOSCALE_COMMAND,
  CLUSTER_INFO_COMMAND,
  CONFIG_COMMAND,
  CORDON_COMMAND,
  CREATE_COMMAND,
  DELETE_COMMAND,
  DESCRIBE_COMMAND,
  EDIT_COMMAND,
  DRAIN_COMMAND,
  EXEC_COMMAND,
  EXPOSE_COMMAND,
  GET_COMMAND,
  LABEL_COMMAND,
  LOGS_COMMAND,
  PATCH_COMMAND,
  PORT_FORWARD_COMMAND,
  ROLLOUT_COMMAND,
  RUN_COMMAND,
  SCALE_COMMAND,
  SET_COMMAND,
  TOP_COMMAND,
  UNCORDON_COMMAND,
  VERSION_COMMAND,
  WAIT_COMMAND,
];
