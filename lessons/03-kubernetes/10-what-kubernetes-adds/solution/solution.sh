kubectl get nodes -o wide
kubectl get pods -n kube-system
kubectl get pods -o wide
kubectl get services -A
kubectl logs deploy/web-app
kubectl get events
