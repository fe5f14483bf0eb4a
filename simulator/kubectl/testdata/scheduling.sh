kubectl apply -f ssd-pod.yaml
kubectl apply -f greedy.yaml
sleep 5
kubectl get pods
kubectl describe pod ssd-only
kubectl get events
kubectl apply -f recreate.yaml
kubectl rollout status deployment/db
kubectl set image deployment/db db=nginx:1.27
kubectl get pods
kubectl rollout status deployment/db
kubectl describe deployment db
kubectl apply -f wrong-selector-svc.yaml
kubectl describe service db
kubectl get endpoints db
