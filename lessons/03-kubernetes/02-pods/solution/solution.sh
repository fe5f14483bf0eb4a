kubectl run web --image=nginx:1.27 --port=80
kubectl get pods
sleep 15
kubectl get pods -o wide
kubectl describe pod web
kubectl logs web
kubectl get pods --show-labels
kubectl run scratch --image=busybox --restart=Never -- sleep 3600
kubectl delete pod scratch
kubectl get pods
