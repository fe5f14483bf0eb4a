kubectl apply -f probes.yaml
sleep 1
kubectl get pods
sleep 12
kubectl get pods
kubectl get endpoints notready
kubectl describe pod live | tail -8
sleep 60
kubectl get pods
kubectl describe pod exec | grep -e 'Last State' -e 'Reason' -e 'Exit Code' -e Ready
kubectl get events --field-selector involvedObject.name=exec
kubectl get events --field-selector involvedObject.name=ready
kubectl get events --field-selector involvedObject.name=notready
kubectl describe pod memory-hog | grep -e State -e Reason: -e 'Exit Code' -e Restart
kubectl get pod memory-hog -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason}{"\n"}'
